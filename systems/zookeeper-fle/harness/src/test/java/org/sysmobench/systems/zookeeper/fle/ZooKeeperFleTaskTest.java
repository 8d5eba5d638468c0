package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.ReferenceSet;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcWorkerPool;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against real ZooKeeper: one fresh trace per scenario, recorded now from real
 * QuorumPeers and converted to the contract, is explained by the reference spec (real SANY and TLC), the
 * reference scores 100% on syntax, runtime and conformance, and every mutant that should lose in those
 * phases does.
 *
 * <p>Why not the invariants phase here: it does not depend on traces, and its liveness templates take
 * minutes under TLC's fairness checking; {@code sysmobench task check zookeeper-fle} covers it.
 */
@Tag("system")
class ZooKeeperFleTaskTest {
  static final Path TASK = Path.of("..").toAbsolutePath().normalize();
  static final Set<Phase> PHASES = EnumSet.of(Phase.SYNTAX, Phase.RUNTIME, Phase.CONFORMANCE);
  static Sany sany;
  static TlcWorkerPool pool;
  static Evaluator evaluator;

  @TempDir static Path work;

  @BeforeAll
  static void start() {
    TlaTools tools = TlaTools.resolve(Optional.empty(), work.resolve("cache"));
    sany = Sany.open(tools);
    pool = TlcWorkerPool.start(tools, TlcPoolConfig.defaults().withWorkDir(work.resolve("pool")));
    evaluator = new Evaluator(sany, pool);
  }

  @AfterAll
  static void stop() {
    pool.close();
    sany.close();
  }

  @Test
  void freshTracesOfEveryScenarioAreExplainedByTheReferenceAndMutantsLose() throws Exception {
    Path fresh = work.resolve("fresh");
    TraceRecorder.Recording r = new ZooKeeperTraceRecorder().record(fresh, Scenario.values().length, 20261129L);
    assertThat(r.traces()).hasSize(Scenario.values().length);
    assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve("manifest.json")).isRegularFile();
    for (Path t : r.traces()) {
      assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve(t.getFileName())).isRegularFile();
    }
    Task task = withTraceIndependentTargetsOnly(TaskLoader.load(TASK).withTraceFolder(fresh));
    TaskChecker.Report report = new TaskChecker(evaluator).check(task,
        EvalOptions.all(work.resolve("eval")).withPhases(PHASES));
    String why = describe(report);
    System.out.println(why);
    assertThat(report.ok()).as(why).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }

  /** The task with each mutant's targets cut to the phases run here, and mutants without any left dropped. */
  static Task withTraceIndependentTargetsOnly(Task t) {
    List<Mutant> kept = new ArrayList<>();
    for (Mutant m : t.reference().mutants()) {
      List<String> targets = m.losesIn().stream().filter(x -> !x.startsWith("invariants")).toList();
      if (!targets.isEmpty()) {
        kept.add(new Mutant(m.name(), m.spec(), m.description(), targets));
      }
    }
    assertThat(kept).extracting(Mutant::name).contains("clock-kept-on-restart", "lower-sid-wins");
    ReferenceSet ref = new ReferenceSet(t.reference().spec(), t.reference().cfg(), kept);
    return new Task(t.id(), t.title(), t.kind(), t.language(), t.folder(), t.spec(), t.budgets(), t.sources(), t.brief(),
        t.contract(), t.invariants(), ref, t.traces(), t.defaultSet());
  }

  static String describe(TaskChecker.Report report) {
    StringBuilder why = new StringBuilder();
    for (TaskChecker.SpecVerdict v : report.specs()) {
      why.append(v.name()).append(": ").append(v.why());
      for (PhaseResult p : v.result().phases()) {
        why.append(' ').append(p.phase().id()).append('=').append(String.format(Locale.ROOT, "%.2f", p.score()));
      }
      why.append('\n');
      v.result().phases().forEach(p -> p.findings().forEach(f -> why.append("    ").append(f).append('\n')));
    }
    return why.toString();
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
