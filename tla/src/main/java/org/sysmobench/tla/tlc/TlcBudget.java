package org.sysmobench.tla.tlc;

import java.time.Duration;

/**
 * Limits for one job. A job that hits any of them ends {@link TlcOutcome.Incomplete}, never OK.
 *
 * <p>How each is enforced: {@code wallTime} inside the worker (TLC is stopped gracefully and reports
 * its statistics) and by the host as a hard limit ({@code wallTime} plus a grace period, then the
 * worker is killed and replaced); {@code maxDistinctStates} and {@code maxDepth} (BFS only) inside the
 * worker by polling the running checker every 25 ms and stopping it, so a run may overshoot by what
 * TLC explores in that time. For simulation the depth is TLC's own {@code -depth} (a mode parameter),
 * and the state budget does not apply. Memory is the worker's heap, a pool setting.
 *
 * @param wallTime the time budget (must be positive)
 * @param maxDistinctStates stop after this many distinct states; 0 = no limit
 * @param maxDepth stop BFS after exploring deeper than this; 0 = no limit
 */
public record TlcBudget(Duration wallTime, long maxDistinctStates, int maxDepth) {
  public TlcBudget {
    if (wallTime == null || wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wall time budget must be positive");
    }
    if (maxDistinctStates < 0 || maxDepth < 0) {
      throw new IllegalArgumentException("state and depth budgets must be >= 0 (0 = no limit)");
    }
  }

  public static TlcBudget ofTime(Duration wallTime) {
    return new TlcBudget(wallTime, 0, 0);
  }

  public TlcBudget withMaxDistinctStates(long n) {
    return new TlcBudget(wallTime, n, maxDepth);
  }

  public TlcBudget withMaxDepth(int d) {
    return new TlcBudget(wallTime, maxDistinctStates, d);
  }
}
