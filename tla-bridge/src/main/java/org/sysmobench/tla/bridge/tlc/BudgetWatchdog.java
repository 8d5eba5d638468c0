package org.sysmobench.tla.bridge.tlc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tlc2.TLCGlobals;
import tlc2.tool.AbstractChecker;
import tlc2.tool.ModelChecker;
import tlc2.tool.Simulator;

/**
 * Polls the running checker, stops it gracefully when its wall time is up, and pushes progress
 * snapshots to the host.
 *
 * <p>Wall time only guards the harness: a result must not depend on how loaded the machine is, so
 * the budgets that decide results (states, depth) are counted inside TLC's exploration by the budget
 * hook ({@code EvaluationHookOps.withinBudget}), never by this thread's polling.
 *
 * <p>Why polling and not TLC's own means: {@code -Dtlc2.TLC.stopAfter} is a JVM-wide property that
 * leaves a timer thread behind. {@code AbstractChecker.stop()} is what stopAfter calls internally:
 * TLC then finishes normally, prints its statistics with states left on the queue, and (surprisingly)
 * reports "No error has been found"; the host therefore marks every stopped run as incomplete.
 */
final class BudgetWatchdog implements Runnable {
  private static final long POLL_MILLIS = 25;
  private static final long PROGRESS_MILLIS = 1000;

  private final long wallMillis;
  private final Consumer<Map<String, Object>> progress;
  private final long start = System.nanoTime();
  private volatile String stopReason;
  private volatile Map<String, Object> lastStats = Map.of();

  BudgetWatchdog(long wallMillis, Consumer<Map<String, Object>> progress) {
    this.wallMillis = wallMillis;
    this.progress = progress;
  }

  @Override
  public void run() {
    long lastPush = 0;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(POLL_MILLIS);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> stats = poll();
        if (!stats.isEmpty()) {
          lastStats = stats;
        }
        if (stopReason == null) {
          if (wallMillis > 0 && elapsed > wallMillis) {
            stopReason = "TIME";
            stopChecker();
          }
        } else {
          stopChecker(); // the checker may not have existed yet, or may ignore the first request
        }
        if (progress != null && elapsed - lastPush >= PROGRESS_MILLIS && !stats.isEmpty()) {
          lastPush = elapsed;
          Map<String, Object> p = new LinkedHashMap<>(stats);
          p.put("elapsedMs", elapsed);
          progress.accept(p);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      // A failing watchdog must not kill the job; the host's hard wall-time limit still applies.
    }
  }

  private Map<String, Object> poll() {
    Map<String, Object> s = new LinkedHashMap<>();
    try {
      AbstractChecker checker = TLCGlobals.mainChecker;
      if (checker instanceof ModelChecker mc && mc.theFPSet != null) {
        s.put("generated", mc.getStatesGenerated());
        s.put("distinct", mc.getDistinctStatesGenerated());
        s.put("queue", mc.getStateQueueSize());
        s.put("depth", (long) mc.trace.getLevelForReporting());
      }
    } catch (Throwable t) {
      // The checker is still being built or already torn down; try again at the next tick.
    }
    return s;
  }

  private static void stopChecker() {
    try {
      AbstractChecker checker = TLCGlobals.mainChecker;
      if (checker != null) {
        checker.stop();
      }
      Simulator simulator = TLCGlobals.simulator;
      if (simulator != null) {
        simulator.stop();
      }
    } catch (Throwable t) {
      // Stopping is best effort; the host kills the worker at the hard limit.
    }
  }

  String stopReason() {
    return stopReason;
  }

  Map<String, Object> lastStats() {
    return lastStats;
  }
}
