package org.sysmobench.store;

/**
 * Why a cell did not go cleanly, and who pays for it.
 */
public enum FailureClass {
  /** Nothing went wrong. */
  NONE,
  /**
   * The model's fault, counted in its score: no module in the answer, a truncated answer, a refusal. The
   * cell is DONE and its spec (possibly empty) scores what it scores.
   */
  MODEL,
  /**
   * Our or the provider's infrastructure: provider errors after retries, a cache miss in replay mode, a
   * crash. Retried a bounded number of times, then left INFRA_FAILED; never scored against the model.
   */
  INFRA,
  /**
   * The grader failed on some phase (HARNESS_ERROR): the cell is DONE, the phase is excluded from
   * score denominators and reported apart.
   */
  GRADER
}
