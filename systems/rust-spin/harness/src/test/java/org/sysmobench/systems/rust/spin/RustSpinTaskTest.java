package org.sysmobench.systems.rust.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against the real crate: traces recorded now, from our driver built offline against
 * Debian's spin 0.9.5 and run on real threads, show real contention and are explained by the reference
 * spec (100% on every phase, real SANY and TLC), and every mutant loses where the task says it does. The
 * committed traces are checked against the reference too.
 */
@Tag("system")
class RustSpinTaskTest {
  static final Path TASK = Path.of("..").toAbsolutePath().normalize();
  static final TaskTestKit kit = TaskTestKit.shared();

  @TempDir static Path work;

  @Test
  void freshTracesContendAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    RustSpinRecorder recorder = new RustSpinRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
    RecordingManifest m = recorder.recordWithManifest(fresh, 4, 20261129L);
    assertThat(m.traces()).hasSize(4);
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    assertThat(m.traces().stream().mapToInt(t -> (Integer) t.setup().get("spunWaits")).sum())
        .as("Lock events of threads that spun while others acted").isPositive();
    assertSound(TaskLoader.load(TASK).withTraceFolder(fresh));
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
        .map(TraceRecorder::taskId)).contains("rust-spin");
  }

  @Test
  void aMissingCargoIsReportedWithTheInstallCommand() {
    DriverBuild none = new DriverBuild(work.resolve("no-cache"), Path.of("/usr/share/cargo/registry"),
        work.resolve("no-such-cargo").toString());
    assertThatThrownBy(none::binary).isInstanceOf(RecordingFailedException.class)
        .hasMessage("cargo not found: apt-get install cargo librust-spin-dev");
  }

  static void assertSound(Task task) {
    TaskChecker.Report report = kit.checkSoundness(task);
    String why = TaskTestKit.explain(report);
    System.out.println(why);
    assertThat(report.ok()).as(why).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }
}
