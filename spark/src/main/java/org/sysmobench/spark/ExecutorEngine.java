package org.sysmobench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.tlc.TlcPoolConfig;

/**
 * The warm evaluation engine of one executor JVM: SANY and a pool of TLC worker JVMs, opened by the first
 * evaluation that reaches this JVM and kept for the JVM's life, with the folder where task packages are
 * unpacked (each once, by hash) and evaluations work.
 *
 * <p>Why a static: Spark gives a task no per-JVM object of ours, only the JVM itself; the engine is what
 * makes an evaluation cost ~0.2 s of TLC overhead instead of a JVM start per job. It is the one per-JVM
 * holder of this module: created lazily, closed by a shutdown hook (its TLC workers also end themselves
 * when this JVM dies, even by {@code kill -9}).
 */
final class ExecutorEngine {
  private static final ExecutorEngine JVM = new ExecutorEngine();

  private EvalEngine engine;
  private Path home;
  /** Tasks unpacked in this JVM, by package hash. */
  private final Map<String, Task> tasks = new HashMap<>();

  private ExecutorEngine() {}

  static ExecutorEngine get() {
    return JVM;
  }

  /** The engine, opened with {@code tlcWorkers} workers by the first caller. */
  synchronized EvalEngine engine(int tlcWorkers) {
    if (engine == null) {
      engine = EvalEngine.open(Optional.empty(), TlcPoolConfig.defaults().withWorkers(Math.max(1, tlcWorkers)));
      Runtime.getRuntime().addShutdownHook(new Thread(this::close, "sysmobench-executor-engine-close"));
    }
    return engine;
  }

  /** The task of {@code pkg}, unpacked (and its hash checked) the first time this JVM meets it. */
  synchronized Task task(TaskPackage pkg) {
    Task t = tasks.get(pkg.sha256());
    if (t == null) {
      t = pkg.unpackUnder(home().resolve("tasks"));
      tasks.put(pkg.sha256(), t);
    }
    return t;
  }

  /** This JVM's folder for task packages and work folders, removed when the JVM exits. */
  synchronized Path home() {
    if (home == null) {
      try {
        home = Files.createTempDirectory("sysmobench-spark-" + ProcessHandle.current().pid() + "-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the executor's work folder", e);
      }
    }
    return home;
  }

  private void close() {
    EvalEngine open;
    Path folder;
    synchronized (this) {
      open = engine;
      folder = home;
    }
    try {
      if (open != null) {
        open.close();
      }
    } finally {
      if (folder != null) {
        deleteTree(folder);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // the JVM is exiting; a leftover temp folder is harmless
    }
  }
}
