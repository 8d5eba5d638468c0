package org.sysmobench.model.result;

/**
 * What became of one proposed property, in the order the scorer decides it (the first that applies).
 * Only {@link #ACCEPTED} earns; {@link #UNSOUND} and {@link #ILL_FORMED} cost precision; the others are
 * neutral: they earn nothing and cost nothing, so padding a sheet with them changes no score.
 */
public enum PropertyStatus {
  /** It could not be checked: SANY rejected it, it uses a forbidden word, its form does not fit its kind,
   * or evaluating it raised an error on the reference or a trace. Costs precision. */
  ILL_FORMED,
  /** It does not hold on the reference under the task's constants, or a state (or step) of a scoring
   * trace violates it. Costs precision. */
  UNSOUND,
  /** A budget was hit before its verdict was certain (never a pass, never a cost). */
  INCOMPLETE,
  /** It holds in every well-typed state: a tautology, or a consequence of the type invariant alone. */
  TRIVIAL,
  /** No hidden mutant violates it: it does not tell a wrong system from the right one. */
  NOT_DISCRIMINATING,
  /** It holds in exactly the states (or steps) where an earlier accepted property holds. */
  RESTATEMENT,
  /** Beyond the number of properties the scorer checks; not checked. */
  OVER_LIMIT,
  /** Sound, discriminating, not trivial, not a restatement: it earns. */
  ACCEPTED;

  /** Whether the status costs precision. */
  public boolean costs() {
    return this == ILL_FORMED || this == UNSOUND;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
