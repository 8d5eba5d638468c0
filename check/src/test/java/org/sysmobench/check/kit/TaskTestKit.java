package org.sysmobench.check.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/**
 * The engine and checks a task's tests use, in a private work folder (its own module cache and TLC
 * pool folder), so task tests never share state with the user's cache.
 */
public final class TaskTestKit {
  private static TaskTestKit shared;

  private final EvalEngine engine;
  private final Path work;

  private TaskTestKit(EvalEngine engine, Path work) {
    this.engine = engine;
    this.work = work;
  }

  /**
   * The kit of this JVM, opened on first use in a temporary folder and closed (the folder deleted) when
   * the JVM exits: test classes share one engine and its warm TLC workers instead of each starting
   * their own.
   */
  public static synchronized TaskTestKit shared() {
    if (shared == null) {
      try {
        Path work = Files.createTempDirectory("sysmobench-task-tests-");
        TaskTestKit kit = open(work);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          kit.close();
          deleteTree(work);
        }, "task-test-kit-close"));
        shared = kit;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the task test folder", e);
      }
    }
    return shared;
  }

  private static TaskTestKit open(Path work) {
    TlaTools tools = TlaTools.resolve(Optional.empty(), work.resolve("cache"));
    return new TaskTestKit(EvalEngine.open(tools, TlcPoolConfig.defaults().withWorkDir(work.resolve("pool"))), work);
  }

  public EvalEngine engine() {
    return engine;
  }

  /** A fresh folder inside the kit's work folder, for a test's own files. */
  public Path newFolder(String prefix) {
    try {
      return Files.createTempDirectory(work, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The task checker's verdict: the reference at 100% on every phase, each mutant losing where declared. */
  public TaskChecker.Report checkSoundness(Task task) {
    return new TaskChecker(engine.evaluator()).check(task, EvalOptions.all(work.resolve("eval")));
  }

  /** One phase of the reference spec's evaluation (with syntax, which every phase needs). */
  public PhaseResult referencePhase(Task task, Phase phase) {
    EvalResult r = engine.evaluator().evaluate(task, new SpecSubmission(read(task.reference().spec()), "reference",
        read(task.reference().cfg()), SpecSubmission.CfgOrigin.GIVEN),
        EvalOptions.all(work.resolve("eval")).withPhases(EnumSet.of(Phase.SYNTAX, phase)));
    return r.phases().stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
  }

  /** Every spec's scores, reason and findings: what a failing soundness assertion should print. */
  public static String explain(TaskChecker.Report report) {
    StringBuilder why = new StringBuilder();
    for (TaskChecker.SpecVerdict v : report.specs()) {
      why.append(v.ok() ? "ok   " : "FAIL ").append(v.name()).append(": ").append(v.why());
      for (PhaseResult p : v.result().phases()) {
        why.append(' ').append(p.phase().id()).append('=').append(String.format(Locale.ROOT, "%.2f", p.score()));
      }
      why.append('\n');
      v.result().phases().forEach(p -> p.findings().forEach(f -> why.append("    ").append(f.message()).append('\n')));
    }
    return why.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() {
    engine.close();
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort at exit: a leftover temp folder is harmless
    }
  }
}
