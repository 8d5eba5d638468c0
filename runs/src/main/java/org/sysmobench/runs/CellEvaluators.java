package org.sysmobench.runs;

import org.sysmobench.check.EvalEngine;

/**
 * Opens the {@link CellEvaluator} of one execution of a run. {@code local} is the run's own engine (it
 * pins the TLA+ tools and serves the repair critic); {@code tlcJobs} is the run's evaluation concurrency.
 */
@FunctionalInterface
public interface CellEvaluators {
  CellEvaluator open(EvalEngine local, int tlcJobs);

  /** The default: every evaluation in this process, on the run's engine. */
  static CellEvaluators local() {
    return (engine, tlcJobs) -> engine.evaluator()::run;
  }
}
