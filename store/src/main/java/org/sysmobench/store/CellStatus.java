package org.sysmobench.store;

/** Where a cell is in its lifecycle. Only {@link #DONE} cells are scored; a resume re-runs every other. */
public enum CellStatus {
  /** In the plan, not started (or returned here when a run stopped before it finished). */
  PLANNED,
  /** Started and not finished: the process may have died; a resume runs it again. */
  RUNNING,
  /** Spec authored (or the model failed to author one, which scores 0) and evaluated. */
  DONE,
  /** Infrastructure failed after bounded retries (provider errors, worker crash): never scored. */
  INFRA_FAILED
}
