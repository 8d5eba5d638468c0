package org.sysmobench.tla.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the worker pool runs its JVMs.
 *
 * @param workers number of worker JVMs (jobs running at once)
 * @param jobsPerWorker a worker is replaced after this many jobs (TLC leaks a class loader per liveness
 *     run and grows Metaspace; replacing bounds both)
 * @param heap the worker's {@code -Xmx}, e.g. {@code "768m"}: the memory budget of every job
 * @param graceAfterBudget how long past a job's wall-time budget the host waits for TLC to stop by
 *     itself before it kills the worker
 * @param workDir where per-job folders (spec copy, metadir) and worker temp folders go
 * @param javaExecutable the {@code java} binary for workers
 * @param hostClassPath the class path workers start with (must hold this module, Jackson and the bridge)
 * @param extraJvmArgs more JVM flags for workers
 * @param warmUp whether each new worker first runs a tiny spec, so its JIT and JDK classes are warm
 *     before real jobs (worth it for a long-lived pool, wasted for a single check)
 */
public record TlcPoolConfig(int workers, int jobsPerWorker, String heap, Duration graceAfterBudget, Path workDir,
    Path javaExecutable, String hostClassPath, List<String> extraJvmArgs, boolean warmUp) {

  public TlcPoolConfig {
    if (workers < 1 || jobsPerWorker < 1) {
      throw new IllegalArgumentException("workers and jobsPerWorker must be >= 1");
    }
    extraJvmArgs = List.copyOf(extraJvmArgs);
  }

  /** Two workers (one per core on the reference machine), 100 jobs each, 768 MB heap. */
  public static TlcPoolConfig defaults() {
    return new TlcPoolConfig(2, 100, "768m", Duration.ofSeconds(5),
        Path.of(System.getProperty("java.io.tmpdir")), currentJava(), System.getProperty("java.class.path"),
        List.of(), true);
  }

  public TlcPoolConfig withWorkers(int n) {
    return new TlcPoolConfig(n, jobsPerWorker, heap, graceAfterBudget, workDir, javaExecutable, hostClassPath,
        extraJvmArgs, warmUp);
  }

  public TlcPoolConfig withJobsPerWorker(int n) {
    return new TlcPoolConfig(workers, n, heap, graceAfterBudget, workDir, javaExecutable, hostClassPath, extraJvmArgs, warmUp);
  }

  public TlcPoolConfig withHeap(String h) {
    return new TlcPoolConfig(workers, jobsPerWorker, h, graceAfterBudget, workDir, javaExecutable, hostClassPath,
        extraJvmArgs, warmUp);
  }

  public TlcPoolConfig withWorkDir(Path dir) {
    return new TlcPoolConfig(workers, jobsPerWorker, heap, graceAfterBudget, dir, javaExecutable, hostClassPath,
        extraJvmArgs, warmUp);
  }

  public TlcPoolConfig withGraceAfterBudget(Duration d) {
    return new TlcPoolConfig(workers, jobsPerWorker, heap, d, workDir, javaExecutable, hostClassPath, extraJvmArgs, warmUp);
  }

  public TlcPoolConfig withWarmUp(boolean on) {
    return new TlcPoolConfig(workers, jobsPerWorker, heap, graceAfterBudget, workDir, javaExecutable, hostClassPath,
        extraJvmArgs, on);
  }

  public TlcPoolConfig withExtraJvmArgs(List<String> args) {
    return new TlcPoolConfig(workers, jobsPerWorker, heap, graceAfterBudget, workDir, javaExecutable, hostClassPath,
        args, warmUp);
  }

  private static Path currentJava() {
    return ProcessHandle.current().info().command().map(Path::of)
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
  }
}
