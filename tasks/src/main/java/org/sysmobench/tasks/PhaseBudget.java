package org.sysmobench.tasks;

import java.time.Duration;

/**
 * Limits for one TLC-backed phase. A check that hits a limit is INCOMPLETE, never a pass.
 *
 * @param wallTime wall-clock limit per TLC job
 * @param maxStates distinct-state limit for breadth-first search (0 = none)
 * @param simulations number of simulation behaviours (runtime phase only)
 * @param depth simulation depth (runtime phase only)
 */
public record PhaseBudget(Duration wallTime, long maxStates, int simulations, int depth) {
  public static final PhaseBudget DEFAULT_RUNTIME = new PhaseBudget(Duration.ofSeconds(30), 200_000, 200, 50);
  public static final PhaseBudget DEFAULT_CONFORMANCE = new PhaseBudget(Duration.ofSeconds(60), 0, 0, 0);
  public static final PhaseBudget DEFAULT_INVARIANTS = new PhaseBudget(Duration.ofSeconds(60), 2_000_000, 0, 0);
}
