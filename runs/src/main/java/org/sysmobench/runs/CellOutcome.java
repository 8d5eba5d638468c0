package org.sysmobench.runs;

import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.FailureClass;

/** How one execution of a cell ended. */
public sealed interface CellOutcome {
  CellKey key();

  /**
   * Authored (or failed to author, which is the model's fault) and evaluated: the cell is DONE.
   *
   * @param failure {@link FailureClass#MODEL} (defective answer, still scored), {@link FailureClass#GRADER}
   *     (a phase was a harness error, excluded from denominators) or {@link FailureClass#NONE}
   */
  record Scored(CellKey key, EvalResult result, FailureClass failure, String message) implements CellOutcome {}

  /**
   * An invariants-track cell: the agent proposed a property sheet (or failed to, the model's fault) and it
   * was scored; the cell is DONE.
   *
   * @param failure {@link FailureClass#MODEL}, {@link FailureClass#GRADER} (the scorer failed: not scored) or
   *     {@link FailureClass#NONE}
   */
  record Proposed(CellKey key, DiscoveryResult result, FailureClass failure, String message) implements CellOutcome {}

  /** Infrastructure failed on every attempt (provider errors, worker crash): not scored; a resume retries. */
  record InfraFailed(CellKey key, int attempts, String message) implements CellOutcome {}

  /** The run stopped (budget, quota) before the cell finished; it is back in the plan for a resume. */
  record Stopped(CellKey key, String reason) implements CellOutcome {}
}
