package org.sysmobench.tla.tlc;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sysmobench.tla.scratch.ScratchFolder;

/**
 * Runs inside a worker JVM and ends it when nobody else can: the host is gone, a job outlived its hard
 * limit, or a job keeps the heap full. Why in the worker: the host enforces the same limits, but a host
 * killed with SIGKILL enforces nothing, and a worker whose job runs never reads its input, so without
 * this it would keep a core busy for as long as TLC likes.
 *
 * <p>The host is gone when the worker's input reaches its end without an {@code exit} frame (the kernel
 * closes the pipe when the host dies) or when the worker's parent is no longer the host (it was
 * reparented). The worker then deletes the pool's folder, once the host's lock on it is free (so a live
 * host's folder is never touched), and halts.
 *
 * <p>A job keeps the heap full when the old generation is at least {@value #FULL_PERCENT}% full after
 * each of {@value #FULL_STRIKES} full collections in a row: the JVM would only thrash until the time
 * budget (a 60M-element function did this for minutes) or throw OutOfMemoryError, so the worker exits
 * as {@code -XX:+ExitOnOutOfMemoryError} does, and the host reports the memory budget.
 */
final class WorkerGuard implements Runnable {
  /** Exit status when a job outlives the hard limit the host gave it. */
  static final int EXIT_OVER_TIME = 4;
  /** Exit status when the host is gone. */
  static final int EXIT_ORPHANED = 5;
  static final int FULL_PERCENT = 95;
  static final int FULL_STRIKES = 3;
  private static final long TICK_MILLIS = 200;
  /** How long an orphan waits for the dead host's lock to be released by the kernel. */
  private static final long LOCK_PATIENCE_MILLIS = 3000;

  private final long hostPid;
  private final Optional<Path> scratch;
  private final PrintStream log;
  private final Optional<MemoryPoolMXBean> oldGen;
  private final List<GarbageCollectorMXBean> fullCollectors;
  /** Nanotime after which the running job has overstayed, or 0 when idle. */
  private volatile long deadline;
  private volatile long hardMillis;
  private volatile boolean exitRequested;
  private long seenFullCollections;
  private volatile int strikes;

  WorkerGuard(long hostPid, Optional<Path> scratch, PrintStream log) {
    this.hostPid = hostPid;
    this.scratch = scratch;
    this.log = log;
    this.oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
        .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
        .findFirst();
    this.fullCollectors = oldGen.map(pool -> ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(gc -> Arrays.asList(gc.getMemoryPoolNames()).contains(pool.getName()))
        .toList()).orElse(List.of());
  }

  /** Starts the guard on a daemon thread. */
  static WorkerGuard start(long hostPid, Optional<Path> scratch, PrintStream log) {
    WorkerGuard g = new WorkerGuard(hostPid, scratch, log);
    Thread t = new Thread(g, "worker-guard");
    t.setDaemon(true);
    t.start();
    return g;
  }

  void jobStarted(long hardLimitMillis) {
    hardMillis = hardLimitMillis;
    strikes = 0;
    deadline = hardLimitMillis > 0 ? System.nanoTime() + hardLimitMillis * 1_000_000 : 0;
  }

  void jobEnded() {
    deadline = 0;
  }

  /** The host asked the worker to exit: the end of input that follows is expected. */
  void exitRequested() {
    exitRequested = true;
  }

  /** The worker's input ended. */
  void inputEnded() {
    if (!exitRequested) {
      hostGone("its input from the host ended");
    }
  }

  @Override
  public void run() {
    try {
      while (true) {
        Thread.sleep(TICK_MILLIS);
        if (!hostAlive()) {
          hostGone("its parent process " + hostPid + " is gone");
        }
        long d = deadline;
        if (d != 0 && System.nanoTime() - d > 0) {
          log.println("sysmobench worker: the job ran past its hard limit of " + hardMillis + " ms; ending the worker");
          log.flush();
          Runtime.getRuntime().halt(EXIT_OVER_TIME);
        }
        if (d != 0 && heapStaysFull()) {
          log.println("java.lang.OutOfMemoryError: the job keeps the worker heap full (old generation at least "
              + FULL_PERCENT + "% full after " + FULL_STRIKES + " full collections in a row); ending the worker");
          log.flush();
          Runtime.getRuntime().halt(WorkerProcess.EXIT_OUT_OF_MEMORY);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean hostAlive() {
    if (hostPid <= 0) {
      return true;
    }
    // Reparenting happens as the host exits, even while it is still a zombie that looks alive.
    Optional<Long> parent = ProcessHandle.current().parent().map(ProcessHandle::pid);
    return parent.isPresent() && parent.get() == hostPid;
  }

  private boolean heapStaysFull() {
    if (oldGen.isEmpty() || fullCollectors.isEmpty()) {
      return false;
    }
    long collections = fullCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    if (collections == seenFullCollections) {
      return false;
    }
    seenFullCollections = collections;
    MemoryUsage after = oldGen.get().getCollectionUsage();
    long max = oldGen.get().getUsage().getMax();
    if (after == null || max <= 0) {
      return false;
    }
    strikes = after.getUsed() * 100 >= max * FULL_PERCENT ? strikes + 1 : 0;
    return strikes >= FULL_STRIKES;
  }

  /** Deletes the pool's folder if its owner released it, then halts: nothing is left running. */
  private void hostGone(String why) {
    log.println("sysmobench worker: " + why + "; ending the worker");
    log.flush();
    scratch.flatMap(dir -> ScratchFolder.takeOverIfAbandoned(dir, LOCK_PATIENCE_MILLIS))
        .ifPresent(lock -> ScratchFolder.deleteTree(scratch.get()));
    Runtime.getRuntime().halt(EXIT_ORPHANED);
  }
}
