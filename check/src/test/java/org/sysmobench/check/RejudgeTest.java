package org.sysmobench.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.check.job.JobResultsJson;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.model.Verdict;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * A stored evaluation is judged again from its job results alone: the same verdicts and scores, under
 * either profile, by an evaluator that has no TLC worker to start.
 */
@Tag("tlc")
class RejudgeTest {
  static final Path TASK = Path.of("src/test/resources/tasks/toy-lock");
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Task task = TaskLoader.load(TASK);
  static final Path work = kit.newFolder("rejudge-test");
  /** An evaluator that fails the test if any phase tries to run TLC. */
  static final Evaluator withoutTlc = new Evaluator(kit.engine().sany(), () -> {
    throw new AssertionError("judging stored jobs must not start a TLC worker");
  });

  static SpecSubmission submission(String specPath) throws Exception {
    return new SpecSubmission(Files.readString(TASK.resolve(specPath)), specPath,
        Files.readString(TASK.resolve("reference/ToyLock.cfg")), SpecSubmission.CfgOrigin.GIVEN);
  }

  /** The result's JSON without its timings, which say how long this machine took. */
  static String withoutTimings(EvalResult r) {
    return ResultJson.write(r).replaceAll("\"timingsMillis\"\\s*:\\s*\\{[^}]*\\}", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference/ToyLock.tla", "reference/mutants/no-exclusion/ToyLock.tla",
      "reference/mutants/release-divides-by-zero/ToyLock.tla", "reference/mutants/weak-fairness/ToyLock.tla"})
  void storedJobsGiveTheSameResultWithoutTlc(String spec) throws Exception {
    EvalOptions options = EvalOptions.all(work.resolve("eval"));
    Evaluation first = kit.engine().evaluator().run(task, submission(spec), options);
    assertThat(first.jobs().byId()).isNotEmpty();
    JobResults stored = new JobResultsJson().read(new JobResultsJson().write(first.jobs()));
    assertThat(stored.byId().keySet()).containsExactlyElementsOf(first.jobs().byId().keySet());

    Evaluation again = withoutTlc.rejudge(task, submission(spec), options, stored);
    assertThat(withoutTimings(again.result())).isEqualTo(withoutTimings(first.result()));

    EvalResult paper = withoutTlc.rejudge(task, submission(spec), options.withProfile(ScoringProfile.PAPER), stored)
        .result();
    assertThat(paper.profile()).isEqualTo(ScoringProfile.PAPER.id());
    assertThat(paper.overall()).isEqualTo(first.result().scores().paper());
    assertThat(paper.scores()).isEqualTo(first.result().scores());
  }

  @Test
  void aStoredJobPlannedDifferentlyIsAHarnessErrorNotACredit() throws Exception {
    EvalOptions options = EvalOptions.all(work.resolve("eval"));
    Evaluation first = kit.engine().evaluator().run(task, submission("reference/ToyLock.tla"), options);
    // The same task with one more action template: today's search checks it; the stored search did not,
    // so its result must not vouch for the new template.
    List<InvariantTemplate> templates = new ArrayList<>(task.invariants());
    templates.add(new InvariantTemplate("NobodyAcquires", InvariantKind.ACTION,
        "false of every lock", "[][\\A t \\in Threads : ~holds[t] => ~holds'[t]]_holds"));
    Task more = new Task(task.id(), task.title(), task.kind(), task.language(),
        task.folder(), task.spec(), task.budgets(), task.sources(), task.brief(), task.contract(), templates,
        task.reference(), task.traces(), true);
    EvalResult r = withoutTlc.rejudge(more, submission("reference/ToyLock.tla"), options, first.jobs()).result();
    assertThat(r.isScored()).isFalse();
    assertThat(r.phases()).filteredOn(p -> p.phase() == Phase.INVARIANTS).singleElement()
        .satisfies(p -> {
          assertThat(p.verdict()).isEqualTo(Verdict.HARNESS_ERROR);
          assertThat(p.summary()).contains("search");
        });
    // The stored results re-judge as before for the task they were planned for.
    assertThat(withoutTlc.rejudge(task, submission("reference/ToyLock.tla"), options, first.jobs()).result().isScored())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"search", "simulation"})
  void aJobTheStoreLacksIsAHarnessErrorNotAGuess(String dropped) throws Exception {
    EvalOptions options = EvalOptions.all(work.resolve("eval"));
    Evaluation first = kit.engine().evaluator().run(task, submission("reference/ToyLock.tla"), options);
    Map<String, TlcResult> fewer = new LinkedHashMap<>(first.jobs().byId());
    assertThat(fewer.remove(dropped)).isNotNull();

    EvalResult r = withoutTlc.rejudge(task, submission("reference/ToyLock.tla"), options,
        new JobResults(fewer, first.jobs().plans())).result();
    assertThat(r.isScored()).isFalse();
    assertThat(r.overall()).isZero();
    assertThat(r.phases()).filteredOn(p -> p.phase() == Phase.RUNTIME).singleElement()
        .satisfies(p -> {
          assertThat(p.verdict()).isEqualTo(Verdict.HARNESS_ERROR);
          assertThat(p.summary()).contains(dropped);
        });
    assertThat(r.phases()).filteredOn(p -> p.phase() == Phase.CONFORMANCE).extracting(p -> p.verdict())
        .containsExactly(Verdict.PASS);
  }

  @org.junit.jupiter.api.Test
  void aSyntaxOnlyEvaluationStartsNoWorker() throws Exception {
    EvalResult r = withoutTlc.evaluate(task, submission("reference/ToyLock.tla"),
        EvalOptions.all(work.resolve("eval")).withPhases(java.util.EnumSet.of(Phase.SYNTAX)));
    assertThat(r.phases()).extracting(p -> p.verdict()).isEqualTo(List.of(Verdict.PASS));
  }
}
