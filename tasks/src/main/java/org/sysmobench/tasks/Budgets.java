package org.sysmobench.tasks;

/** Per-phase limits of a task; syntax needs none (SANY is fast and in-process). */
public record Budgets(PhaseBudget runtime, PhaseBudget conformance, PhaseBudget invariants) {
  public static final Budgets DEFAULT =
      new Budgets(PhaseBudget.DEFAULT_RUNTIME, PhaseBudget.DEFAULT_CONFORMANCE, PhaseBudget.DEFAULT_INVARIANTS);
}
