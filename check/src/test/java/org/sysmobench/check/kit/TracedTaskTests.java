package org.sysmobench.check.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.trace.TraceRecorder;

/**
 * What every traced task's system test proves, whatever the system: the CLI finds the task's trace
 * harness, the reference spec explains every committed trace, and {@link #assertSound} (the reference
 * at 100% on every phase, every mutant losing where the task says) on traces the subclass records fresh
 * from the real system. A harness module's test extends this, names its task, and adds what is
 * particular to its system.
 */
@Tag("system")
public abstract class TracedTaskTests {
  protected static final TaskTestKit kit = TaskTestKit.shared();
  /** The seed fresh recordings use, so a failure can be replayed. */
  protected static final long SEED = 20261129L;

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

  /**
   * The task's adversarial specs (its {@code adversarial/} folder, when it has one) earn what they must:
   * nothing for a spec that models nothing, and a loss where each cheat should be caught.
   */
  @Test
  void adversarialSpecsEarnNothing() throws java.io.IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(taskFolder().resolve("adversarial")),
        "the task has no adversarial specs");
    AdversarialSuite.assertEarnNothing(kit, task());
  }

  /** The task checker passes on {@code task}: the reference scores 100% everywhere, every mutant loses. */
  protected static void assertSound(Task task) {
    TaskChecker.Report report = kit.checkSoundness(task);
    String why = TaskTestKit.explain(report);
    System.out.println(why);
    assertThat(report.ok()).as(why).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }
}
