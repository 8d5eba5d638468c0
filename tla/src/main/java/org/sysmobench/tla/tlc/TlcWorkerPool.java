package org.sysmobench.tla.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;

/**
 * Runs TLC jobs on a small pool of warm worker JVMs; each job runs in a fresh class loader inside a
 * worker, never in this JVM. Thread-safe: submit from any thread.
 *
 * <p>Closing kills every worker, completes jobs still queued or running with a harness error, joins
 * the pool's threads and deletes the pool's temp folder: nothing is left running afterwards. The same
 * happens when this JVM exits without closing (SIGTERM, Ctrl-C: a shutdown hook) and when it dies
 * (SIGKILL: each worker sees its host gone and ends itself, deleting the folder). Starting a pool
 * deletes the folders that dead pools left behind ({@link ScratchFolder}).
 */
public final class TlcWorkerPool implements AutoCloseable {
  private final BlockingQueue<WorkerSlot.PendingJob> queue = new LinkedBlockingQueue<>();
  private final List<WorkerSlot> slots = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Prefix of the pools' temp folders. */
  public static final String FOLDER_PREFIX = "sysmobench-tlc";
  private final ScratchFolder scratch;
  private final Path poolDir;
  /** Kills the workers and deletes the folder if this JVM exits (e.g. Ctrl-C) while the pool is open. */
  private final Thread shutdownHook = new Thread(this::destroyNow, "tlc-pool-shutdown");

  private TlcWorkerPool(TlaTools tools, TlcPoolConfig config) {
    this.scratch = ScratchFolder.createUnhooked(config.workDir(), FOLDER_PREFIX);
    this.poolDir = scratch.path();
    AtomicLong jobNumbers = new AtomicLong();
    for (int i = 0; i < config.workers(); i++) {
      WorkerSlot slot = new WorkerSlot("tlc-worker-" + i, tools, config, poolDir, queue, jobNumbers, closed::get);
      Thread t = new Thread(slot, "tlc-pool-slot-" + i);
      t.setDaemon(true);
      slots.add(slot);
      threads.add(t);
    }
  }

  /** Starts the pool; workers start warming up at once. */
  public static TlcWorkerPool start(TlaTools tools, TlcPoolConfig config) {
    TlcWorkerPool pool = new TlcWorkerPool(tools, config);
    Runtime.getRuntime().addShutdownHook(pool.shutdownHook);
    pool.threads.forEach(Thread::start);
    return pool;
  }

  /** Queues a job. The future always completes normally with a result (never exceptionally). */
  public CompletableFuture<TlcResult> submit(TlcJob job) {
    return submit(job, stats -> { });
  }

  /**
   * Queues a job and reports its progress (about once a second while TLC model-checks: states
   * generated, distinct, on the queue, depth) to {@code progress}, on a pool thread.
   */
  public CompletableFuture<TlcResult> submit(TlcJob job, Consumer<TlcStats> progress) {
    if (closed.get()) {
      throw new IllegalStateException("the TLC worker pool is closed");
    }
    CompletableFuture<TlcResult> f = new CompletableFuture<>();
    queue.add(new WorkerSlot.PendingJob(job, f, progress));
    return f;
  }

  /** Runs a job and waits for its result. */
  public TlcResult run(TlcJob job) {
    return submit(job).join();
  }

  /**
   * The pool's own temp folder, deleted with the pool: scratch files of the pool's users (e.g. configs
   * written for a re-run) go here, so that nothing outlives the pool.
   */
  public Path folder() {
    return poolDir;
  }

  /** Pids of the worker JVMs currently running. */
  public List<Long> workerPids() {
    List<Long> pids = new ArrayList<>();
    slots.forEach(s -> s.workerPid().ifPresent(pids::add));
    return pids;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (WorkerSlot.PendingJob p; (p = queue.poll()) != null; ) {
      p.future().complete(TlcResult.of(p.job(),
          new TlcOutcome.HarnessError("the pool was closed before the job ran", ""), TlcStats.unknown(Duration.ZERO)));
    }
    scratch.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook runs or ran
    }
  }

  /** For the shutdown hook: no time to be polite, but the folder goes once its writers are dead. */
  private void destroyNow() {
    closed.set(true); // slots must not start new workers into the folder
    List<ProcessHandle> workers = new ArrayList<>();
    slots.forEach(s -> s.destroyWorkerNow().ifPresent(workers::add));
    for (ProcessHandle w : workers) {
      try {
        w.onExit().get(2, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // delete what can be deleted anyway
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    scratch.close();
  }
}
