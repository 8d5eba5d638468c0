package org.sysmobench.check;

import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.model.result.ResultJson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.Budgets;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tasks.SpecSettings;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

/**
 * Scores do not depend on the machine: the same inputs and seed give the same result, apart from the
 * timings, on an idle machine and on one saturated by busy threads. What decides a score is bounded by
 * counts (states, generated states, behaviours, depth), never by wall time; here the runtime phase's
 * search is cut by its state budget, the case a polling watchdog got wrong.
 */
@Tag("tlc")
class DeterminismTest {
  static final Path TASK = EvaluatorTest.TASK;
  static final TaskTestKit kit = TaskTestKit.shared();

  @Test
  void theSameEvaluationOnAnIdleAndASaturatedMachineGivesTheSameResult() throws Exception {
    Task task = TaskLoader.load(TASK);
    // Six threads make a model of some hundred states; the runtime phase may look at 50 of them.
    String threads = java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(i -> "\"t" + i + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    SpecSettings spec = new SpecSettings(task.spec().module(), task.spec().specification(), Map.of("Threads", threads));
    PhaseBudget r = task.budgets().runtime();
    Task bounded = new Task(task.id(), task.title(), task.kind(), task.language(), task.folder(), spec,
        task.budgets().withRuntime(new PhaseBudget(r.wallTime(), 50, r.simulations(), r.depth())), task.sources(), task.brief(), task.contract(), task.invariants(),
        task.reference(), task.traces(), true);
    List<String> specs = List.of(Files.readString(TASK.resolve("reference/ToyLock.tla")),
        Files.readString(TASK.resolve("reference/mutants/no-exclusion/ToyLock.tla")));
    Path work = kit.newFolder("determinism");
    List<String> idle = new ArrayList<>();
    for (String s : specs) {
      idle.add(json(kit.engine().evaluator().evaluate(bounded, SpecSubmission.withoutConfig(s, "spec"),
          EvalOptions.all(work))));
    }
    AtomicBoolean busy = new AtomicBoolean(true);
    List<Thread> load = new ArrayList<>();
    for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
      Thread t = new Thread(() -> {
        long x = 0;
        while (busy.get()) {
          x += System.nanoTime() % 7;
        }
        if (x == 42) {
          System.out.print("");
        }
      }, "busy-" + i);
      t.setDaemon(true);
      t.start();
      load.add(t);
    }
    List<String> saturated = new ArrayList<>();
    try {
      for (String s : specs) {
        saturated.add(json(kit.engine().evaluator().evaluate(bounded, SpecSubmission.withoutConfig(s, "spec"),
            EvalOptions.all(work))));
      }
    } finally {
      busy.set(false);
      for (Thread t : load) {
        t.join();
      }
    }
    assertThat(saturated).isEqualTo(idle);
    assertThat(idle.get(0)).contains("search-bounded");
  }

  private static String json(EvalResult r) {
    return ResultJson.write(EvaluatorTest.withoutTimings(r));
  }
}
