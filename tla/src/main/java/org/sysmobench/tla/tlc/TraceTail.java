package org.sysmobench.tla.tlc;

/** How a counterexample ends: plainly (safety), or as a liveness lasso. */
public sealed interface TraceTail {

  /** A finite trace: the last state is the bad one (safety, deadlock, errors). */
  record Finite() implements TraceTail {}

  /** The behaviour stutters forever in the last state (TLC prints "Stuttering"). */
  record Stuttering() implements TraceTail {}

  /**
   * The behaviour loops: from the last state, {@code action} leads back to state {@code stateNumber}.
   */
  record BackToState(int stateNumber, String action) implements TraceTail {}
}
