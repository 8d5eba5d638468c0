package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sysmobench.tla.TlaTools;

/**
 * One lane of the pool: a thread that owns one worker JVM at a time, takes jobs from the shared
 * queue, runs them, and replaces the worker when it must (after {@code jobsPerWorker} jobs, and after
 * any crash, timeout, memory exhaustion, harness error or liveness violation — TLC leaks a thread and
 * a class loader per liveness counterexample).
 */
final class WorkerSlot implements Runnable {
  record PendingJob(TlcJob job, CompletableFuture<TlcResult> future, Consumer<TlcStats> progress) {}

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  /** How much longer than the host a worker waits before ending an overlong job itself. */
  private static final Duration WORKER_MARGIN = Duration.ofSeconds(5);

  private final String name;
  private final TlaTools tools;
  private final TlcPoolConfig config;
  private final Path poolDir;
  private final BlockingQueue<PendingJob> queue;
  private final FrameCodec codec = new FrameCodec();
  private final AtomicLong jobNumbers;
  private final BooleanSupplier closed;
  private volatile WorkerProcess worker;

  WorkerSlot(String name, TlaTools tools, TlcPoolConfig config, Path poolDir, BlockingQueue<PendingJob> queue,
      AtomicLong jobNumbers, BooleanSupplier closed) {
    this.name = name;
    this.tools = tools;
    this.config = config;
    this.poolDir = poolDir;
    this.queue = queue;
    this.jobNumbers = jobNumbers;
    this.closed = closed;
  }

  @Override
  public void run() {
    try {
      startWorkerQuietly(); // warm up before the first job arrives
      while (!closed.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
        PendingJob p = queue.poll(200, TimeUnit.MILLISECONDS);
        if (p == null || p.future().isDone()) {
          continue;
        }
        Recycle recycle = new Recycle();
        TlcResult result;
        try {
          result = execute(p.job(), p.progress(), recycle);
        } catch (InterruptedException e) {
          p.future().complete(TlcResult.of(p.job(), new TlcOutcome.HarnessError("the pool was closed while the job ran",
              ""), TlcStats.unknown(Duration.ZERO)));
          throw e;
        } catch (RuntimeException | Error e) {
          recycle.needed = true;
          result = TlcResult.of(p.job(), new TlcOutcome.HarnessError("unexpected failure in the pool: " + e,
              stackTrace(e)), TlcStats.unknown(Duration.ZERO));
        }
        p.future().complete(result);
        if (recycle.needed || (worker != null && worker.jobsRun() >= config.jobsPerWorker())) {
          stopWorker();
          if (!closed.getAsBoolean()) {
            startWorkerQuietly(); // replace it now, so the next job finds a warm worker
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      shutdown();
    }
  }

  /** Starts a worker if none runs; a failure is left for the next job to retry and report. */
  private void startWorkerQuietly() throws InterruptedException {
    try {
      ensureWorker();
    } catch (IOException | RuntimeException e) {
      stopWorker();
    }
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter sw = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(sw));
    return sw.toString();
  }

  /** Kills this slot's worker at once, for the pool's shutdown hook; returns it, to wait for its end. */
  Optional<ProcessHandle> destroyWorkerNow() {
    WorkerProcess w = worker;
    if (w == null) {
      return Optional.empty();
    }
    w.destroyNow();
    return ProcessHandle.of(w.pid());
  }

  /** Running worker's pid, if any (for tests and diagnostics). */
  java.util.OptionalLong workerPid() {
    WorkerProcess w = worker;
    return w != null && w.isAlive() ? java.util.OptionalLong.of(w.pid()) : java.util.OptionalLong.empty();
  }

  private static final class Recycle {
    boolean needed;
  }

  private TlcResult execute(TlcJob job, Consumer<TlcStats> progress, Recycle recycle) throws InterruptedException {
    long started = System.nanoTime();
    if (job.budget().countsStates() && !job.hooks().budgeted()) {
      // Counts are enforced only through the budget hook (see BudgetConstraint); without it the budget
      // would silently not apply.
      throw new IllegalArgumentException("a state or depth budget needs hooks that know the module's variables ("
          + "JobHooks.forBudget): " + job.spec());
    }
    if (!Files.isRegularFile(job.spec())) {
      return TlcResult.of(job, new TlcOutcome.ParseError("spec file not found: " + job.spec(), List.of()),
          TlcStats.unknown(Duration.ZERO));
    }
    Optional<TlcOutcome> notAModule = ModuleHeader.check(job.spec());
    if (notAModule.isPresent()) {
      return TlcResult.of(job, notAModule.get(), TlcStats.unknown(Duration.ZERO));
    }
    if (!job.configExists()) {
      return TlcResult.of(job, new TlcOutcome.ConfigError("TLC config file not found: " + job.config()),
          TlcStats.unknown(Duration.ZERO));
    }
    JobFolder folder;
    try {
      folder = JobFolder.create(poolDir, "job-" + jobNumbers.incrementAndGet(), job);
    } catch (IOException e) {
      return TlcResult.of(job, new TlcOutcome.HarnessError("cannot prepare the job folder", e.toString()),
          TlcStats.unknown(Duration.ZERO));
    }
    try (folder) {
      WorkerProcess w;
      try {
        w = ensureWorker();
      } catch (IOException e) {
        recycle.needed = true;
        return TlcResult.of(job, new TlcOutcome.HarnessError("cannot start a TLC worker JVM", e.getMessage()),
            TlcStats.unknown(Duration.ZERO));
      }
      Duration hardLimit = job.budget().wallTime().plus(config.graceAfterBudget());
      WorkerReply reply = w.run(request(tools, job, folder, hardLimit), hardLimit, p -> {
        try {
          progress.accept(OutcomeClassifier.fromProgress(p, Duration.ofNanos(System.nanoTime() - started)));
        } catch (RuntimeException e) {
          // a failing listener must not fail the job
        }
      });
      Duration wall = Duration.ofNanos(System.nanoTime() - started);
      if (reply instanceof WorkerReply.Finished f) {
        TlcResult r = OutcomeClassifier.classify(job, RawRun.fromMap(f.result()), wall);
        if (r.outcome() instanceof TlcOutcome.LivenessViolated || r.outcome() instanceof TlcOutcome.HarnessError) {
          recycle.needed = true;
        }
        return r;
      }
      recycle.needed = true;
      if (reply instanceof WorkerReply.TimedOut t) {
        TlcStats stats = OutcomeClassifier.fromProgress(t.progress(), wall);
        return TlcResult.of(job, new TlcOutcome.Incomplete(TlcOutcome.Budget.TIME, stats,
            "TLC did not stop within " + hardLimit.toSeconds() + " s; worker killed after "
                + OutcomeClassifier.describe(stats)), stats);
      }
      if (reply instanceof WorkerReply.Died d && closed.getAsBoolean()) {
        return TlcResult.of(job, new TlcOutcome.HarnessError("the pool was closed while the job ran (this JVM is"
            + " exiting)", d.log()), TlcStats.unknown(wall));
      }
      if (reply instanceof WorkerReply.Died d) {
        TlcStats stats = OutcomeClassifier.fromProgress(d.progress(), wall);
        if (d.log().contains("OutOfMemoryError") || d.exitCode() == WorkerProcess.EXIT_OUT_OF_MEMORY) {
          return TlcResult.of(job, new TlcOutcome.Incomplete(TlcOutcome.Budget.MEMORY, stats,
              "the job exhausted the worker heap (-Xmx" + config.heap() + ")"), stats).withWorkerLog(d.log());
        }
        if (d.exitCode() == WorkerGuard.EXIT_OVER_TIME) {
          return TlcResult.of(job, new TlcOutcome.Incomplete(TlcOutcome.Budget.TIME, stats,
              "TLC did not stop within its hard limit; the worker ended itself after " + OutcomeClassifier.describe(stats)),
              stats).withWorkerLog(d.log());
        }
        return TlcResult.of(job, new TlcOutcome.HarnessError("the TLC worker JVM died (exit code " + d.exitCode()
            + ")", d.log()), stats).withWorkerLog(d.log());
      }
      return TlcResult.of(job, new TlcOutcome.HarnessError("the pool was closed while the job ran", ""),
          TlcStats.unknown(wall));
    }
  }

  /**
   * @param hostLimit how long the host waits for the result; the worker ends itself a little later, for
   *     when the host cannot (it was killed)
   */
  static Map<String, Object> request(TlaTools tools, TlcJob job, JobFolder folder, Duration hostLimit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", "run");
    r.put("args", TlcCommandLine.args(job, folder.specFile(), folder.metaDir()));
    List<String> resolver = new ArrayList<>();
    resolver.add(folder.specFile().getParent().toString());
    if (!folder.specFile().equals(job.spec())) {
      resolver.add(job.spec().getParent().toString());
    }
    tools.libraryPath().forEach(p -> resolver.add(p.toString()));
    r.put("resolverPath", resolver);
    r.put("classPath", tools.isolatedCodeBases().stream().map(Path::toString).toList());
    r.put("hookKey", job.hooks().key());
    job.hooks().readableFiles().ifPresent(files -> r.put("readableFiles", files.stream().map(WorkerSlot::realPath).toList()));
    r.put("maxDistinct", job.budget().maxDistinctStates());
    r.put("maxDepth", job.mode() instanceof TlcMode.ModelCheck ? job.budget().maxDepth() : 0);
    r.put("maxGenerated", job.budget().maxGenerated());
    r.put("wallMillis", job.budget().wallTime().toMillis());
    r.put("hardMillis", hostLimit.plus(WORKER_MARGIN).toMillis());
    return r;
  }

  /** The file's real path (symbolic links resolved), as the worker compares it; the path itself if it does not exist. */
  private static String realPath(Path p) {
    try {
      return p.toRealPath().toString();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize().toString();
    }
  }

  private WorkerProcess ensureWorker() throws IOException, InterruptedException {
    WorkerProcess w = worker;
    if (w != null && w.isAlive()) {
      return w;
    }
    if (w != null) {
      w.close();
    }
    w = WorkerProcess.start(config, tools, poolDir, poolDir.resolve(name + "-tmp"), codec, name);
    worker = w;
    w.awaitReady(READY_TIMEOUT);
    if (config.warmUp()) {
      warmUp(w);
    }
    return w;
  }

  /**
   * Runs a tiny spec on a fresh worker and discards the result. Why: the first TLC run in a JVM pays
   * for JDK class loading and JIT warm-up (RMI, NIO, regex: seconds on a busy machine) that later
   * runs, even in fresh loaders, do not; paying it here keeps it off real jobs.
   */
  private void warmUp(WorkerProcess w) {
    try {
      TlcJob warm = TlcJob.modelCheck(WarmupSpec.write(poolDir)).withSeed(0)
          .withBudget(TlcBudget.ofTime(Duration.ofSeconds(30)));
      try (JobFolder folder = JobFolder.create(poolDir, name + "-warmup", warm)) {
        Duration limit = Duration.ofSeconds(40);
        w.run(request(tools, warm, folder, limit), limit, p -> { });
      }
    } catch (IOException | RuntimeException e) {
      // warm-up is an optimisation only
    }
  }

  private void stopWorker() {
    WorkerProcess w = worker;
    worker = null;
    if (w != null) {
      w.close();
    }
  }

  private void shutdown() {
    stopWorker();
  }
}
