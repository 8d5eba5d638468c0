package org.sysmobench.agents;

/**
 * Judges a draft for the repair loop. Implemented outside this module (with the real evaluator), so
 * that authors never depend on how specs are scored.
 */
public interface SpecCritic {

  /** Reviews a spec and its config for the task the author is working on. */
  Critique review(String specText, String cfgText);

  /**
   * @param acceptable whether the spec needs no repair (the loop stops)
   * @param feedback the diagnostics to show the model: SANY messages with positions, TLC
   *     counterexamples and evaluation errors, the first unexplained trace event
   */
  record Critique(boolean acceptable, String feedback) {}
}
