package org.sysmobench.tla.tlc;

import java.time.Duration;

/**
 * Limits for one job. A job that hits any of them ends {@link TlcOutcome.Incomplete}, never OK.
 *
 * <p>How each is enforced: {@code maxDistinctStates} and {@code maxDepth} (BFS only) inside TLC's own
 * exploration, by the budget hook of the job's module (see {@link BudgetConstraint}): deterministic, the
 * same spec stops at the same state on an idle or a saturated machine, so these are the limits that may
 * decide a result. {@code wallTime} only guards the harness: inside the worker (TLC is stopped
 * gracefully and reports its statistics) and by the host as a hard limit ({@code wallTime} plus a grace
 * period, then the worker is killed and replaced). For simulation the depth is TLC's own {@code
 * -depth} (a mode parameter) and the state budget does not apply. Memory is the worker's heap, a pool
 * setting.
 *
 * @param wallTime the time budget (must be positive)
 * @param maxDistinctStates stop after this many distinct states; 0 = no limit
 * @param maxDepth stop BFS after exploring deeper than this; 0 = no limit
 * @param maxGenerated stop after this many generated states (successors TLC evaluated, in a search or a
 *     simulation): it bounds the work where a spec's states have very many successors; 0 = no limit
 */
public record TlcBudget(Duration wallTime, long maxDistinctStates, int maxDepth, long maxGenerated) {
  public TlcBudget {
    if (wallTime == null || wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wall time budget must be positive");
    }
    if (maxDistinctStates < 0 || maxDepth < 0 || maxGenerated < 0) {
      throw new IllegalArgumentException("state and depth budgets must be >= 0 (0 = no limit)");
    }
  }

  /** Whether a count budget (distinct states or depth) is set; it needs the job's budget hook. */
  public boolean countsStates() {
    return maxDistinctStates > 0 || maxDepth > 0 || maxGenerated > 0;
  }

  public static TlcBudget ofTime(Duration wallTime) {
    return new TlcBudget(wallTime, 0, 0, 0);
  }

  public TlcBudget withMaxDistinctStates(long n) {
    return new TlcBudget(wallTime, n, maxDepth, maxGenerated);
  }

  public TlcBudget withMaxDepth(int d) {
    return new TlcBudget(wallTime, maxDistinctStates, d, maxGenerated);
  }

  public TlcBudget withMaxGenerated(long n) {
    return new TlcBudget(wallTime, maxDistinctStates, maxDepth, n);
  }
}
