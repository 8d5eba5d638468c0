package org.sysmobench.tasks;

/**
 * Per-phase limits of a task; syntax needs none (its own limits are counts of bytes and definitions).
 *
 * @param liveness the limits of each liveness template's own check: much smaller than the
 *     safety search's, because every state such a check explores is also checked for the spec's fairness
 *     (an ENABLED evaluation per fair action), and a template that needs more than a small model to fail
 *     is checked on narrower constants of its own
 */
public record Budgets(PhaseBudget runtime, PhaseBudget conformance, PhaseBudget invariants, PhaseBudget liveness) {
  public static final Budgets DEFAULT = new Budgets(PhaseBudget.DEFAULT_RUNTIME, PhaseBudget.DEFAULT_CONFORMANCE,
      PhaseBudget.DEFAULT_INVARIANTS, PhaseBudget.DEFAULT_LIVENESS);

  /** The same budgets with another runtime budget. */
  public Budgets withRuntime(PhaseBudget r) {
    return new Budgets(r, conformance, invariants, liveness);
  }
}
