package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.Scores;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.result.Scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.PhaseDetails.TraceOutcome;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.sany.Sany;

/** The four phases end to end on the toy-lock fixture task, with the real SANY and TLC. */
@Tag("tlc")
class EvaluatorTest {
  static final Path TASK = Path.of("src/test/resources/tasks/toy-lock");
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Sany sany = kit.engine().sany();
  static final Evaluator evaluator = kit.engine().evaluator();
  static final Task task = TaskLoader.load(TASK);
  static final Path work = kit.newFolder("evaluator-test");

  static EvalResult eval(String specPath) throws Exception {
    String spec = Files.readString(TASK.resolve(specPath));
    String cfg = Files.readString(TASK.resolve("reference/ToyLock.cfg"));
    return evaluator.evaluate(task, new SpecSubmission(spec, specPath, cfg, SpecSubmission.CfgOrigin.GIVEN),
        EvalOptions.all(work.resolve("eval")));
  }

  static PhaseResult phase(EvalResult r, Phase p) {
    return r.phases().stream().filter(x -> x.phase() == p).findFirst().orElseThrow();
  }

  @Test
  void referenceScoresFullMarksOnEveryPhase() throws Exception {
    EvalResult r = eval("reference/ToyLock.tla");
    assertThat(r.phases()).extracting(PhaseResult::score).containsExactly(1.0, 1.0, 1.0, 1.0);
    assertThat(r.phases()).extracting(p -> p.scores().paper()).containsExactly(1.0, 1.0, 1.0, 1.0);
    assertThat(r.overall()).isEqualTo(1.0);
    assertThat(r.scores()).isEqualTo(new Scores(1, 1));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    var syntax = (PhaseDetails.Syntax) phase(r, Phase.SYNTAX).details();
    assertThat(syntax.definitions()).extracting(PhaseDetails.DefinitionCheck::name)
        .containsExactly("vars", "Init", "Request", "Acquire", "Release", "Next", "Spec");
    var runtime = (PhaseDetails.Runtime) phase(r, Phase.RUNTIME).details();
    assertThat(runtime.actions()).extracting(PhaseDetails.ActionRun::name)
        .containsExactlyInAnyOrder("Request", "Acquire", "Release");
    var conformance = (PhaseDetails.Conformance) phase(r, Phase.CONFORMANCE).details();
    assertThat(conformance.traces()).extracting(PhaseDetails.TraceCheck::outcome)
        .containsExactly(TraceOutcome.ACCEPTED, TraceOutcome.ACCEPTED);
  }

  @Test
  void mutantWithoutExclusionViolatesMutualExclusionWithACounterexample() throws Exception {
    EvalResult r = eval("reference/mutants/no-exclusion/ToyLock.tla");
    var inv = (PhaseDetails.Invariants) phase(r, Phase.INVARIANTS).details();
    var mutex = inv.invariants().stream().filter(c -> c.name().equals("MutualExclusion")).findFirst().orElseThrow();
    assertThat(mutex.outcome()).isEqualTo(PhaseDetails.InvariantOutcome.VIOLATED);
    // Shortest violation by BFS: Init, Request(t1), Request(t2), Acquire, Acquire.
    assertThat(mutex.traceLength()).isEqualTo(5);
    assertThat(mutex.counterexample()).contains("Acquire").contains("holds = ");
    assertThat(phase(r, Phase.INVARIANTS).score()).isEqualTo(0.75);
    assertThat(phase(r, Phase.CONFORMANCE).score()).isEqualTo(1.0);
  }

  @Test
  void releaseThatKeepsTheLockIsRejectedAtTheFirstRelease() throws Exception {
    EvalResult r = eval("reference/mutants/release-keeps-lock/ToyLock.tla");
    var c = (PhaseDetails.Conformance) phase(r, Phase.CONFORMANCE).details();
    assertThat(c.traces()).allSatisfy(t -> {
      assertThat(t.outcome()).isEqualTo(TraceOutcome.REJECTED);
      assertThat(t.firstUnexplained()).contains("Release");
    });
    assertThat(c.traces()).extracting(PhaseDetails.TraceCheck::matched).containsExactly(3, 2);
    // handover: Request, Acquire, Request explained; the first Release is where it stops.
    assertThat(c.traces().get(0).actions()).containsExactly(
        new PhaseDetails.ActionReplay("Request", 2, 2, 0, false),
        new PhaseDetails.ActionReplay("Acquire", 2, 1, 0, false),
        new PhaseDetails.ActionReplay("Release", 2, 0, 0, true));
    assertThat(phase(r, Phase.CONFORMANCE).score()).isEqualTo(0.0);
  }

  @Test
  void anErrorInAnActionIsAttributedToThatAction() throws Exception {
    EvalResult r = eval("reference/mutants/release-divides-by-zero/ToyLock.tla");
    var rt = (PhaseDetails.Runtime) phase(r, Phase.RUNTIME).details();
    assertThat(rt.actions()).filteredOn(a -> !a.error().isEmpty()).extracting(PhaseDetails.ActionRun::name)
        .containsExactly("Release");
    assertThat(rt.contract()).filteredOn(a -> !a.error().isEmpty()).extracting(PhaseDetails.ContractActionRun::name)
        .containsExactly("Release");
    assertThat(phase(r, Phase.RUNTIME).score()).isLessThan(1.0);
  }

  @Test
  void aParseErrorScoresPartialSyntaxAndSkipsTheRest() throws Exception {
    EvalResult r = eval("reference/mutants/unclosed-paren/ToyLock.tla");
    PhaseResult syntax = phase(r, Phase.SYNTAX);
    var details = (PhaseDetails.Syntax) syntax.details();
    assertThat(details.wholeModule()).isFalse();
    // paper: 0.5 x whole (0) + 0.5 x 6 of 7 definitions parsing alone; sound: the module does not parse
    assertThat(syntax.scores().paper()).isEqualTo(0.5 * 6 / 7);
    assertThat(syntax.scores().sound()).isZero();
    assertThat(details.definitions()).filteredOn(d -> !d.parses()).extracting(PhaseDetails.DefinitionCheck::name)
        .containsExactly("Acquire");
    assertThat(syntax.findings()).anyMatch(f -> f.kind().equals("sany-parse") && f.where().startsWith("ToyLock:"));
    assertThat(r.phases().subList(1, 4)).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.SKIPPED));
  }

  @Test
  void textAroundTheModuleScoresZeroWithTheReason() throws Exception {
    String spec = "Here is the spec:\n```tla\n" + Files.readString(TASK.resolve("reference/ToyLock.tla")) + "```\n";
    EvalResult r = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "answer.md"),
        EvalOptions.all(work.resolve("eval")));
    assertThat(r.overall()).isZero();
    assertThat(phase(r, Phase.SYNTAX).summary()).contains("text outside the module");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "   \n", "garbage 1 2 3 ((",
      "---- MODULE ToyLock ----\nInit == x' = \n", "---- MODULE WrongName ----\nInit == TRUE\n====\n"})
  void brokenSubmissionsScoreZeroWithAReasonAndNeverCrash(String spec) {
    EvalResult r = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "bad.tla"),
        EvalOptions.all(work.resolve("eval")));
    assertThat(r.overall()).isZero();
    assertThat(phase(r, Phase.SYNTAX).findings()).isNotEmpty().allSatisfy(f -> assertThat(f.message()).isNotBlank());
    assertThat(r.phases().subList(1, 4)).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.SKIPPED));
  }

  @Test
  void aSpecWithoutTheContractVocabularyScoresZeroOnConformanceNamingWhatIsMissing() throws Exception {
    String spec = Files.readString(TASK.resolve("reference/ToyLock.tla")).replace("Release(t)", "Unlock(t)");
    EvalResult r = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "renamed.tla"),
        EvalOptions.all(work.resolve("eval")).withPhases(EnumSet.of(Phase.CONFORMANCE)));
    PhaseResult c = phase(r, Phase.CONFORMANCE);
    assertThat(c.score()).isZero();
    assertThat(((PhaseDetails.Conformance) c.details()).missingVocabulary()).containsExactly("action Release(t)");
  }

  @Test
  void unicodeOperatorsAreScoredLikeTheirAsciiForms() throws Exception {
    String spec = Files.readString(TASK.resolve("reference/ToyLock.tla"))
        .replace("Init ==", "Init ≜").replace("/\\ t \\in waiting", "∧ t ∈ waiting");
    EvalResult r = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "unicode.tla"),
        EvalOptions.all(work.resolve("eval")).withPhases(EnumSet.of(Phase.SYNTAX, Phase.CONFORMANCE)));
    assertThat(r.phases()).as(Scorecard.render(r)).extracting(PhaseResult::score).containsExactly(1.0, 1.0);
    assertThat(r.notes()).anyMatch(n -> n.contains("Unicode"));
  }

  @Test
  void twoEvaluationsGiveIdenticalJsonApartFromTimings() throws Exception {
    EvalOptions only = EvalOptions.all(work.resolve("eval")).withPhases(EnumSet.of(Phase.SYNTAX, Phase.RUNTIME));
    String spec = Files.readString(TASK.resolve("reference/ToyLock.tla"));
    EvalResult a = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "s"), only);
    EvalResult b = evaluator.evaluate(task, SpecSubmission.withoutConfig(spec, "s"), only);
    assertThat(ResultJson.write(withoutTimings(a))).isEqualTo(ResultJson.write(withoutTimings(b)));
    assertThat(ResultJson.read(ResultJson.write(a))).isEqualTo(a);
  }

  static EvalResult withoutTimings(EvalResult r) {
    return new EvalResult(r.schema(), r.version(), r.task(), r.spec(), r.specSha256(), r.cfgOrigin(), r.profile(),
        r.seed(), r.notes(), r.phases(), r.overall(), r.scores(), r.scored(), r.timeGuardHit(), r.verdict(),
        java.util.Map.of());
  }

  @Test
  void taskValidatorAcceptsTheFixtureAndNamesTemplatesOutsideTheContract() {
    assertThat(TaskValidator.problems(task, sany)).isEmpty();
    var bad = new org.sysmobench.tasks.InvariantTemplate("UsesSpecInternals", org.sysmobench.tasks.InvariantKind.SAFETY,
        "uses a name no contract declares", "lockOwner = \"none\"");
    Task withBad = new Task(task.id(), task.title(), task.kind(), task.language(), task.folder(), task.spec(),
        task.budgets(), task.sources(), task.brief(), task.contract(),
        java.util.List.of(task.invariants().get(0), bad), task.reference(), task.traces(), true);
    assertThat(TaskValidator.problems(withBad, sany)).singleElement().asString()
        .startsWith("invariant UsesSpecInternals: Unknown operator: `lockOwner'");
  }

  @Test
  void taskCheckPassesForTheFixtureTask() {
    TaskChecker.Report report = new TaskChecker(evaluator).check(task, EvalOptions.all(work.resolve("eval")));
    assertThat(report.specs()).allSatisfy(s -> assertThat(s.ok()).as(s.name() + ": " + s.why()).isTrue());
    assertThat(report.specs()).hasSize(6);
  }
}
