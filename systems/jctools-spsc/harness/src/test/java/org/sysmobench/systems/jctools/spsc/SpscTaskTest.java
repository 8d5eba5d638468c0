package org.sysmobench.systems.jctools.spsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against the real JDK: traces recorded now, from the real SpscArrayQueue under the
 * real agent, are explained by the reference spec (100% on every phase, real SANY and TLC), and every
 * mutant loses where the task says it does. The committed traces are checked against the reference.
 */
@Tag("system")
class SpscTaskTest {
  static final Path TASK = Path.of("..").toAbsolutePath().normalize();
  static final TaskTestKit kit = TaskTestKit.shared();

  @TempDir static Path work;

  @Test
  void freshTracesCoverEveryActionAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    RecordingManifest m = new SpscRecorder().recordWithManifest(fresh, 4, 20261129L);
    assertThat(m.traces()).hasSize(4);
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    assertSound(TaskLoader.load(TASK).withTraceFolder(fresh));
    try (var left = java.nio.file.Files.list(fresh)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .allMatch(f -> f.endsWith(".ndjson") || f.equals("manifest.json") || f.equals("instrumentation.yaml"));
    }
  }

  @Test
  void theReferenceExplainsEveryCommittedTrace() {
    PhaseResult conformance = kit.referencePhase(TaskLoader.load(TASK), Phase.CONFORMANCE);
    assertThat(conformance.score()).as(conformance.findings().toString()).isEqualTo(1.0);
    assertThat(((PhaseDetails.Conformance) conformance.details()).traces()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void theCliFindsTheRecorderByTaskId() {
    assertThat(ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get)
        .map(TraceRecorder::taskId)).contains("jctools-spsc");
  }

  static void assertSound(Task task) {
    TaskChecker.Report report = kit.checkSoundness(task);
    String why = TaskTestKit.explain(report);
    System.out.println(why);
    assertThat(report.ok()).as(why).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }
}
