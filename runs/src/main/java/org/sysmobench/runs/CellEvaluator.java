package org.sysmobench.runs;

import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.tasks.Task;

/**
 * Where a run's cells are evaluated: by default this process's evaluator ({@link CellEvaluators#local()});
 * elsewhere (a Spark cluster) when the CLI is given one. An evaluation is a pure function of the task
 * package, its traces, the submission and the options, so where it ran never changes its result. A
 * failure of the place itself (a lost cluster) comes back as an evaluation with a HARNESS_ERROR phase,
 * never as a score; the runner retries it once and then records the cell as the grader's failure.
 */
@FunctionalInterface
public interface CellEvaluator extends AutoCloseable {
  Evaluation evaluate(Task task, SpecSubmission submission, EvalOptions options);

  /** Releases what the evaluator holds (a cluster connection); the local one holds nothing of its own. */
  @Override
  default void close() {}
}
