package org.sysmobench.check.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.check.discovery.HiddenMutantCheck;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.DiscoverySettings;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.trace.CodeCoverage;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;
import org.sysmobench.trace.TraceRecorder;

/**
 * What every traced task's system test proves, whatever the system: the CLI finds the task's trace
 * harness; the reference spec explains every committed trace; the committed traces execute at least the
 * task's floor of the modelled code's branches; and traces recorded now from the real system cover every
 * contract action, carry their code coverage, and the task is sound on them ({@link #assertSound}: the
 * reference at 100% on every phase, every mutant, discrimination mutants included, losing where the task
 * says). A harness module's test extends this, names its task, and adds only what is particular to its
 * system ({@link #checkFresh}, {@link #recorder}, and {@link #whyNoCodeCoverage} for a harness that cannot
 * measure coverage).
 */
@Tag("system")
public abstract class TracedTaskTests {
  protected static final TaskTestKit kit = TaskTestKit.shared();
  /** The seed fresh recordings use, so a failure can be replayed. */
  protected static final long SEED = 20261129L;
  /** Fresh traces recorded when the harness plays fewer scenarios than this. */
  private static final int FRESH_TRACES = 4;

  /** A fresh folder per test, for recordings and a subclass's own files. */
  @TempDir protected Path work;

  /** The task's id, also its folder name under {@code systems/}. */
  protected abstract String taskId();

  /** The task folder: a harness module lives in {@code systems/<task>/harness}. */
  protected static Path taskFolder() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /** The task as committed. */
  protected static Task task() {
    return TaskLoader.load(taskFolder());
  }

  /** The harness that records fresh traces: the one the CLI finds, unless a test needs its own set-up. */
  protected TraceRecorder recorder() {
    return ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get)
        .filter(r -> r.taskId().equals(taskId())).findFirst().orElseThrow();
  }

  /**
   * Why the harness cannot measure the branch coverage of the task's modelled code, or empty when it does
   * (every JVM harness does). A task that cannot states no floor, and its notes say why.
   */
  protected String whyNoCodeCoverage() {
    return "";
  }

  /** What a fresh recording must show beyond what every task's does (real contention, the raw originals, ...). */
  protected void checkFresh(TraceRecorder.Recording recording, Path folder) throws Exception {
  }

  @Test
  void theCliFindsTheRecorderByTaskId() {
    assertThat(ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get)
        .map(TraceRecorder::taskId)).contains(taskId());
  }

  @Test
  void theReferenceExplainsEveryCommittedTrace() {
    PhaseResult conformance = kit.referencePhase(task(), Phase.CONFORMANCE);
    assertThat(conformance.score()).as(conformance.findings().toString()).isEqualTo(1.0);
    assertThat(((PhaseDetails.Conformance) conformance.details()).traces()).isNotEmpty();
  }

  /** The floor the task package states, met by the coverage the committed recording's manifest holds. */
  @Test
  void theCommittedTracesMeetTheTasksCoverageFloor() {
    Task t = task();
    double floor = t.traces().coverageFloor();
    if (!whyNoCodeCoverage().isEmpty()) {
      assertThat(floor).as("a task without code coverage (%s) states no floor", whyNoCodeCoverage()).isZero();
      assertThat(t.traces().manifest().flatMap(CodeCoverage::ofManifest)).as("coverage claimed by the manifest").isEmpty();
      return;
    }
    assertThat(floor).as("a traced task states its coverage floor (task.yaml traces.coverage-floor)").isPositive();
    Path manifest = t.traces().manifest().orElseThrow(() -> new AssertionError("no recording manifest in " + t.traces().folder()));
    CodeCoverage c = CodeCoverage.ofManifest(manifest).orElseThrow(() -> new AssertionError(manifest + " holds no code coverage"));
    assertThat(c.methods()).isNotEmpty();
    assertThat(c.branches().ratio()).as("branches of the modelled code the committed traces execute (%s)", c.branches())
        .isGreaterThanOrEqualTo(floor);
  }

  /**
   * Traces recorded now from the real system (one per scenario at least) cover every contract action,
   * carry the branch coverage of the modelled code, and the task is sound on them.
   */
  @Test
  void freshTracesCoverEveryActionAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    TraceRecorder recorder = recorder();
    TraceRecorder.Recording r = recorder.record(fresh, Math.max(FRESH_TRACES, recorder.scenarios()), SEED);
    Task task = task();
    Set<String> actions = new HashSet<>();
    for (Path t : r.traces()) {
      TraceReader.any().read(t).events().stream().map(TraceEvent::event).forEach(actions::add);
    }
    assertThat(actions).as("contract actions in the fresh traces")
        .containsAll(task.contract().actions().stream().map(ContractAction::name).toList());
    if (whyNoCodeCoverage().isEmpty()) {
      assertThat(CodeCoverage.ofManifest(r.manifest())).as("code coverage in %s", r.manifest())
          .hasValueSatisfying(c -> assertThat(c.methods()).isNotEmpty());
    }
    try (Stream<Path> left = Files.list(fresh)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("what a recording leaves in its folder")
          .allMatch(f -> f.endsWith(".ndjson") || f.equals("manifest.json") || f.equals("instrumentation.yaml") || f.equals("raw"));
    }
    checkFresh(r, fresh);
    assertSound(task.withTraceFolder(fresh));
  }

  /**
   * The task's adversarial specs (its {@code adversarial/} folder, when it has one) earn what they must:
   * nothing for a spec that models nothing, and a loss where each cheat should be caught.
   */
  @Test
  void adversarialSpecsEarnNothing() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(taskFolder().resolve("adversarial")),
        "the task has no adversarial specs");
    AdversarialSuite.assertEarnNothing(kit, task());
  }

  /**
   * The invariants track (a task with a {@code discovery.yaml}) is sound: the reference keeps every
   * template, and each hidden mutant keeps the contract's types and breaks exactly the templates it
   * declares, so a hidden mutant left behind when the reference changes is caught here, not by a user.
   */
  @Test
  void hiddenMutantsBreakExactlyWhatTheyDeclare() {
    Task task = task();
    java.util.Optional<DiscoverySettings> track = DiscoverySettings.load(task);
    org.junit.jupiter.api.Assumptions.assumeTrue(track.isPresent(), "the task has no invariants track");
    HiddenMutantCheck.Report r = new HiddenMutantCheck(kit.engine().sany(), kit.engine().pool())
        .check(task, work.resolve("hidden"));
    assertThat(r.ok()).as(r.explain()).isTrue();
    assertThat(r.specs()).hasSize(1 + track.get().hiddenMutants().size());
  }

  /**
   * The task checker passes on {@code task}: the reference scores 100% everywhere, every mutant and every
   * discrimination mutant loses where it says.
   */
  protected static void assertSound(Task task) {
    TaskChecker.Report report = kit.checkSoundness(task);
    String why = TaskTestKit.explain(report);
    System.out.println(why);
    assertThat(report.ok()).as(why).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size() + task.reference().discrimination().size());
  }
}
