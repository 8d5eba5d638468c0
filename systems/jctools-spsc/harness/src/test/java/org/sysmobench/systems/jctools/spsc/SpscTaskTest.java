package org.sysmobench.systems.jctools.spsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.EnumSet;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.EvalResult;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcWorkerPool;
import org.sysmobench.systems.jdk.reentrantlock.RecordingManifest;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against the real JDK: traces recorded now, from the real SpscArrayQueue under the
 * real agent, are explained by the reference spec (100% on every phase, real SANY and TLC), and every
 * mutant loses where the task says it does. The committed traces are checked against the reference.
 */
@Tag("system")
class SpscTaskTest {
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
    Task task = TaskLoader.load(TASK);
    EvalResult r = evaluator.evaluate(task, new SpecSubmission(read(task.reference().spec()), "reference",
        read(task.reference().cfg()), SpecSubmission.CfgOrigin.GIVEN), EvalOptions.all(work.resolve("eval"))
        .withPhases(EnumSet.of(Phase.SYNTAX, Phase.CONFORMANCE)));
    PhaseResult conformance = r.phases().stream().filter(p -> p.phase() == Phase.CONFORMANCE).findFirst().orElseThrow();
    assertThat(conformance.score()).as(conformance.findings().toString()).isEqualTo(1.0);
    assertThat(((PhaseDetails.Conformance) conformance.details()).traces()).hasSizeGreaterThanOrEqualTo(4);
  }

  static String read(Path p) {
    try {
      return java.nio.file.Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theCliFindsTheRecorderByTaskId() {
    assertThat(ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get)
        .map(TraceRecorder::taskId)).contains("jctools-spsc");
  }

  static void assertSound(Task task) {
    TaskChecker.Report report = new TaskChecker(evaluator).check(task, EvalOptions.all(work.resolve("eval")));
    StringBuilder why = new StringBuilder();
    for (TaskChecker.SpecVerdict v : report.specs()) {
      why.append(v.name()).append(": ").append(v.why());
      for (PhaseResult p : v.result().phases()) {
        why.append(" ").append(p.phase().id()).append("=").append(String.format(java.util.Locale.ROOT, "%.2f", p.score()));
      }
      why.append(" ").append(v.result().timingsMillis()).append('\n');
      v.result().phases().forEach(p -> p.findings().forEach(f -> why.append("    ").append(f).append('\n')));
    }
    System.out.println(why);
    assertThat(report.ok()).as(why.toString()).isTrue();
    assertThat(report.specs()).hasSize(1 + task.reference().mutants().size());
  }
}
