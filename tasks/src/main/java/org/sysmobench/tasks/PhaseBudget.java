package org.sysmobench.tasks;

import java.time.Duration;

/**
 * Limits for one TLC-backed phase. A check that hits a limit is INCOMPLETE, never a pass. The counts
 * (states, simulations, depth) decide results, the same on any machine; the time only sets the
 * harness's guard against runaway jobs (a multiple of it), so it never decides a score on its own.
 *
 * @param wallTime the time a TLC job of the phase is expected to need at most on a loaded machine
 * @param maxStates distinct-state limit for breadth-first search (0 = none)
 * @param simulations number of simulation behaviours (runtime phase only)
 * @param depth simulation depth (runtime phase only)
 */
public record PhaseBudget(Duration wallTime, long maxStates, int simulations, int depth) {
  public static final PhaseBudget DEFAULT_RUNTIME = new PhaseBudget(Duration.ofSeconds(30), 100_000, 200, 50);
  public static final PhaseBudget DEFAULT_CONFORMANCE = new PhaseBudget(Duration.ofSeconds(60), 100_000, 0, 0);
  public static final PhaseBudget DEFAULT_LIVENESS = new PhaseBudget(Duration.ofSeconds(30), 20_000, 0, 0);
  public static final PhaseBudget DEFAULT_INVARIANTS = new PhaseBudget(Duration.ofSeconds(60), 200_000, 0, 0);
}
