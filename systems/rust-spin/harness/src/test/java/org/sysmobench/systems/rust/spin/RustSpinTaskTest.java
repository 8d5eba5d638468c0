package org.sysmobench.systems.rust.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.EvalResult;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcWorkerPool;
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
  void freshTracesContendAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    RustSpinRecorder recorder = new RustSpinRecorder(DriverBuild.defaults().withCacheDir(work.resolve("driver")));
    RecordingManifest m = recorder.recordWithManifest(fresh, 4, 20261129L);
    assertThat(m.traces()).hasSize(4);
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    assertThat(m.traces().stream().mapToInt(RecordingManifest.TraceEntry::spunWaits).sum())
        .as("Lock events of threads that spun while others acted").isPositive();
    assertSound(TaskLoader.load(TASK).withTraceFolder(fresh));
  }

  @Test
  void theReferenceExplainsEveryCommittedTrace() {
    Task task = TaskLoader.load(TASK);
    EvalResult r = evaluator.evaluate(task, new SpecSubmission(read(task.reference().spec()), "reference",
        read(task.reference().cfg()), SpecSubmission.CfgOrigin.GIVEN), EvalOptions.all(work.resolve("eval"))
        .withPhases(EnumSet.of(Phase.SYNTAX, Phase.CONFORMANCE)));
    PhaseResult conformance = r.phases().stream().filter(p -> p.phase() == Phase.CONFORMANCE).findFirst().orElseThrow();
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
    org.assertj.core.api.Assertions.assertThatThrownBy(none::binary).isInstanceOf(RecordingFailedException.class)
        .hasMessage("cargo not found: apt-get install cargo librust-spin-dev");
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSound(Task task) {
    TaskChecker.Report report = new TaskChecker(evaluator).check(task, EvalOptions.all(work.resolve("eval")));
    StringBuilder why = new StringBuilder();
    for (TaskChecker.SpecVerdict v : report.specs()) {
      why.append(v.name()).append(": ").append(v.why());
      for (PhaseResult p : v.result().phases()) {
        why.append(" ").append(p.phase().id()).append("=").append(String.format(Locale.ROOT, "%.2f", p.score()));
      }
      why.append(" ").append(v.result().timingsMillis()).append('\n');
      v.result().phases().forEach(p -> p.findings().forEach(f -> why.append("    ").append(f).append('\n')));
    }
    System.out.println(why);
    assertThat(report.ok()).as(why.toString()).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }
}
