package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.PhaseDetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.PhaseDetails.InvariantOutcome;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.Budgets;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tasks.SpecSettings;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.tlc.ActionCoverage;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The search the runtime and invariants phases share, on the toy-lock fixture with the real TLC: one
 * exploration when the spec is good, and never a phase judged by the other's failure when it is not.
 */
@Tag("tlc")
class SharedSearchTest {
  static final Path TASK = EvaluatorTest.TASK;
  static final TaskTestKit kit = TaskTestKit.shared();
  static final Task task = TaskLoader.load(TASK);
  /** A liveness template the toy lock satisfies, on the task's own model. */
  static final InvariantTemplate EVENTUAL_RELEASE = new InvariantTemplate("EventualRelease", InvariantKind.LIVENESS,
      "a holder lets go", "\\A t \\in Threads : holds[t] ~> ~holds[t]");

  static KeptEvaluation evaluate(Task t, String spec, String name) throws IOException {
    return KeptEvaluation.of(kit, t, spec, name);
  }

  static String spec(String path) throws IOException {
    return Files.readString(TASK.resolve(path));
  }

  @Test
  void aSpecThatHoldsEveryTemplateIsExploredOnceForRuntimeAndSafety() throws Exception {
    KeptEvaluation e = evaluate(task, spec("reference/ToyLock.tla"), "ToyLock.tla");
    assertThat(e.result().overall()).isEqualTo(1.0);
    assertThat(e.workFiles()).contains(SharedSearch.MODULE + ".tla").doesNotContain("SysMoBench_RuntimeSearch.cfg")
        .noneMatch(f -> f.startsWith("SysMoBench_Safety"));
    assertThat(e.runtime().search()).isEqualTo("no error found (run complete)");
  }

  @Test
  void aViolatedTemplateLeavesTheRuntimePhaseACoverageOfTheSpecAlone() throws Exception {
    String mutant = spec("reference/mutants/no-exclusion/ToyLock.tla");
    KeptEvaluation e = evaluate(task, mutant, "ToyLock.tla");
    assertThat(e.invariants()).containsEntry("MutualExclusion", InvariantOutcome.VIOLATED)
        .containsEntry("WaitersDoNotHold", InvariantOutcome.HOLDS).containsEntry("TypeOK", InvariantOutcome.HOLDS);
    // The shared search stopped at the violation; the runtime phase searched the spec on its own.
    assertThat(e.workFiles()).contains("SysMoBench_RuntimeSearch.cfg", "SysMoBench_Safety1.tla");
    assertThat(e.runtime().search()).isEqualTo("no error found (run complete)");
    Map<String, Long> alone = coverageOfSpecAlone(mutant);
    assertThat(e.runtime().actions()).hasSize(alone.size()).allSatisfy(a ->
        assertThat(a.distinct()).as(a.name()).isEqualTo(alone.get(a.name())));
  }

  @Test
  void aTemplateThatCannotBeEvaluatedIsItsOwnErrorAndCostsTheSpecNothing() throws Exception {
    InvariantTemplate broken = new InvariantTemplate("DividesByZero", InvariantKind.SAFETY,
        "a template that cannot be evaluated", "Cardinality(waiting) \\div 0 = 0");
    List<InvariantTemplate> templates = new java.util.ArrayList<>(task.invariants());
    templates.add(1, broken);
    Task withBroken = new Task(task.id(), task.title(), task.kind(), task.language(), task.folder(), task.spec(),
        task.budgets(), task.sources(), task.brief(), task.contract(), templates, task.reference(), task.traces(), true);
    KeptEvaluation e = evaluate(withBroken, spec("reference/ToyLock.tla"), "ToyLock.tla");
    assertThat(e.invariants()).containsEntry("DividesByZero", InvariantOutcome.ERROR)
        .containsEntry("MutualExclusion", InvariantOutcome.HOLDS).containsEntry("WaitersDoNotHold", InvariantOutcome.HOLDS)
        .containsEntry("TypeOK", InvariantOutcome.HOLDS).containsEntry("EventualAcquire", InvariantOutcome.HOLDS);
    assertThat(e.phase(Phase.RUNTIME).score()).isEqualTo(1.0);
    assertThat(e.runtime().actions()).allSatisfy(a -> assertThat(a.error()).isEmpty());
  }

  @Test
  void actionTemplatesAreCheckedInTheSharedSearchAndAViolatedOneIsNamedAndSettledAlone() throws Exception {
    InvariantTemplate holds = new InvariantTemplate("ReleaseOnlyByHolder", InvariantKind.ACTION,
        "a thread that lets go of the lock held it", "[][\\A t \\in Threads : holds[t] /\\ ~holds'[t] => t \\notin waiting']_holds");
    InvariantTemplate violated = new InvariantTemplate("NobodyAcquires", InvariantKind.ACTION,
        "false of every lock: no thread ever takes it", "[][\\A t \\in Threads : ~holds[t] => ~holds'[t]]_holds");
    KeptEvaluation e = evaluate(withTemplates(List.of(holds, violated)), spec("reference/ToyLock.tla"), "ToyLock.tla");
    // TLC names the violated action property: it alone is settled by the shared search, the rest hold in
    // the next round; no template is checked in a job of its own.
    assertThat(e.invariants()).containsEntry("NobodyAcquires", InvariantOutcome.VIOLATED)
        .containsEntry("ReleaseOnlyByHolder", InvariantOutcome.HOLDS).containsEntry("MutualExclusion", InvariantOutcome.HOLDS)
        .containsEntry("TypeOK", InvariantOutcome.HOLDS).containsEntry("EventualAcquire", InvariantOutcome.HOLDS);
    assertThat(Files.readString(e.workDir().resolve(SharedSearch.MODULE + ".cfg")))
        .contains("PROPERTY SysMoBench_T_ReleaseOnlyByHolder", "PROPERTY SysMoBench_T_NobodyAcquires");
    assertThat(Files.readString(e.workDir().resolve("SysMoBench_Safety1.cfg")))
        .contains("PROPERTY SysMoBench_T_ReleaseOnlyByHolder", "INVARIANT SysMoBench_T_MutualExclusion")
        .doesNotContain("NobodyAcquires");
    assertThat(e.workFiles()).noneMatch(f -> f.startsWith("SysMoBench_Property_Release")
        || f.startsWith("SysMoBench_Property_Nobody"));
  }

  @Test
  void templatesWithTheSameModelConstantsAreCheckedTogetherOnThatModel() throws Exception {
    Map<String, String> oneThread = Map.of("Threads", "{\"t1\"}");
    InvariantTemplate alone = new InvariantTemplate("AloneNeverWaitsWhileHolding", InvariantKind.SAFETY,
        "one thread", "\\A t \\in Threads : ~(holds[t] /\\ t \\in waiting)", oneThread);
    InvariantTemplate aloneStep = new InvariantTemplate("AloneAcquiresOnlyAfterRequest", InvariantKind.ACTION,
        "one thread", "[][\\A t \\in Threads : ~holds[t] /\\ holds'[t] => t \\in waiting]_holds", oneThread);
    KeptEvaluation e = evaluate(withTemplates(List.of(alone, aloneStep)), spec("reference/ToyLock.tla"), "ToyLock.tla");
    assertThat(e.invariants()).containsEntry("AloneNeverWaitsWhileHolding", InvariantOutcome.HOLDS)
        .containsEntry("AloneAcquiresOnlyAfterRequest", InvariantOutcome.HOLDS);
    assertThat(Files.readString(e.workDir().resolve("SysMoBench_Model1_Safety1.cfg")))
        .contains("Threads = {\"t1\"}", "INVARIANT SysMoBench_T_AloneNeverWaitsWhileHolding",
            "PROPERTY SysMoBench_T_AloneAcquiresOnlyAfterRequest");
    assertThat(Files.readString(e.workDir().resolve(SharedSearch.MODULE + ".cfg"))).doesNotContain("Alone");
    assertThat(e.phase(Phase.INVARIANTS).score()).isEqualTo(1.0);
  }

  @Test
  void livenessTemplatesOfOneModelAreCheckedInOneJobWhenTheyAllHold() throws Exception {
    KeptEvaluation e = evaluate(withTemplates(List.of(EVENTUAL_RELEASE)), spec("reference/ToyLock.tla"), "ToyLock.tla");
    assertThat(e.invariants()).containsEntry("EventualAcquire", InvariantOutcome.HOLDS)
        .containsEntry("EventualRelease", InvariantOutcome.HOLDS);
    assertThat(Files.readString(e.workDir().resolve("SysMoBench_Liveness0.cfg")))
        .contains("PROPERTY SysMoBench_T_EventualAcquire", "PROPERTY SysMoBench_T_EventualRelease");
    assertThat(e.workFiles()).noneMatch(f -> f.startsWith("SysMoBench_Property_"));
    assertThat(e.phase(Phase.INVARIANTS).score()).isEqualTo(1.0);
  }

  @Test
  void aLivenessViolationAmongSeveralIsSettledByEachTemplatesOwnJob() throws Exception {
    InvariantTemplate everyone = new InvariantTemplate("EveryoneHoldsAtOnce", InvariantKind.LIVENESS,
        "false of every lock with two threads", "<>(\\A t \\in Threads : holds[t])");
    KeptEvaluation e = evaluate(withTemplates(List.of(EVENTUAL_RELEASE, everyone)), spec("reference/ToyLock.tla"), "ToyLock.tla");
    // TLC does not name the violated temporal property: the joint job only says one failed, and each
    // template's own job says which, so the verdicts are those of three separate checks.
    assertThat(e.invariants()).containsEntry("EventualAcquire", InvariantOutcome.HOLDS)
        .containsEntry("EventualRelease", InvariantOutcome.HOLDS)
        .containsEntry("EveryoneHoldsAtOnce", InvariantOutcome.VIOLATED);
    assertThat(e.workFiles()).contains("SysMoBench_Liveness0.cfg", "SysMoBench_Property_EventualAcquire.cfg",
        "SysMoBench_Property_EventualRelease.cfg", "SysMoBench_Property_EveryoneHoldsAtOnce.cfg");
  }

  /** The toy lock with {@code more} templates after its own. */
  private static Task withTemplates(List<InvariantTemplate> more) {
    List<InvariantTemplate> templates = new java.util.ArrayList<>(task.invariants());
    templates.addAll(more);
    return new Task(task.id(), task.title(), task.kind(), task.language(), task.folder(), task.spec(),
        task.budgets(), task.sources(), task.brief(), task.contract(), templates, task.reference(), task.traces(), true);
  }

  @Test
  void aSearchStoppedByTheRuntimeBudgetGivesTheRuntimeItsCoverageAndTheInvariantsARunOfTheirOwn() throws Exception {
    PhaseBudget runtime = task.budgets().runtime();
    PhaseBudget invariants = task.budgets().invariants();
    // Eleven threads: about 25k states; the runtime's bound of 3 states stops the shared search at once.
    String threads = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "\"t" + i + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    SpecSettings spec = new SpecSettings(task.spec().module(), task.spec().specification(), Map.of("Threads", threads));
    Budgets budgets = new Budgets(new PhaseBudget(runtime.wallTime(), 3, runtime.simulations(), runtime.depth()),
        task.budgets().conformance(), new PhaseBudget(invariants.wallTime(), 1_000_000, 0, 0), task.budgets().liveness());
    Task smallRuntime = new Task(task.id(), task.title(), task.kind(), task.language(), task.folder(), spec,
        budgets, task.sources(), task.brief(), task.contract(), SharedSearch.templates(task), task.reference(),
        task.traces(), true);
    KeptEvaluation e = evaluate(smallRuntime, spec("reference/ToyLock.tla"), "ToyLock.tla");
    // The shared search stopped at the runtime's 3 states: that bounded search is the runtime phase's own.
    assertThat(e.runtime().search()).contains("states");
    assertThat(e.workFiles()).contains(SharedSearch.MODULE + ".tla").doesNotContain("SysMoBench_RuntimeSearch.cfg");
    // The safety templates are proved by a complete search under the invariants' budget.
    assertThat(e.workFiles()).contains("SysMoBench_Safety1.tla");
    assertThat(e.invariants()).containsEntry("MutualExclusion", InvariantOutcome.HOLDS)
        .containsEntry("WaitersDoNotHold", InvariantOutcome.HOLDS).containsEntry("TypeOK", InvariantOutcome.HOLDS);
    assertThat(e.phase(Phase.INVARIANTS).score()).isEqualTo(1.0);
  }

  @Test
  void invariantsAreNotCreditedOnASpecWithoutBehaviourThoughTheyRanBesideTheRuntimePhase() throws Exception {
    String noInit = spec("reference/ToyLock.tla").replace("Init == holds", "Init == FALSE /\\ holds");
    KeptEvaluation e = evaluate(task, noInit, "ToyLock.tla");
    assertThat(e.runtime().reachesStates()).isFalse();
    PhaseResult inv = e.phase(Phase.INVARIANTS);
    assertThat(inv.score()).isZero();
    assertThat(((PhaseDetails.Invariants) inv.details()).vacuityGuard()).isFalse();
  }

  /** Per-action distinct states of a plain TLC search of {@code specText} under the task's model. */
  private static Map<String, Long> coverageOfSpecAlone(String specText) throws IOException {
    Path dir = kit.newFolder("alone");
    Path spec = dir.resolve("ToyLock.tla");
    Files.writeString(spec, specText);
    Files.writeString(dir.resolve("ToyLock.cfg"), "CONSTANTS Threads = " + task.spec().constants().get("Threads")
        + "\nSPECIFICATION Spec\n");
    TlcResult r = kit.engine().pool().run(TlcJob.modelCheck(spec).withCoverage(true).withCheckDeadlock(false)
        .withSeed(EvalOptions.DEFAULT_SEED));
    return r.coverage().stream().filter(c -> !c.action().equals("Init"))
        .collect(Collectors.toMap(ActionCoverage::action, ActionCoverage::distinct));
  }
}
