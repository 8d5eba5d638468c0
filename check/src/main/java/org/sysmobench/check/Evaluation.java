package org.sysmobench.check;

import org.sysmobench.check.job.JobResults;
import org.sysmobench.model.result.EvalResult;

/**
 * An evaluation's result with the results of the TLC jobs it was judged from: stored together, the
 * jobs let the evaluation be judged again without TLC ({@link Evaluator#rejudge}).
 */
public record Evaluation(EvalResult result, JobResults jobs) {}
