package org.sysmobench.spark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.model.Verdict;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.tasks.Task;

/**
 * An evaluation the cluster could not carry out (the job failed after Spark's retries, the executors are
 * gone, a package arrived damaged): every asked phase is a harness error, so the evaluation is not scored,
 * neither for nor against the spec, and the runner retries it once like any harness error.
 */
final class ClusterFailure {
  private ClusterFailure() {}

  static Evaluation evaluation(Task task, SpecSubmission sub, EvalOptions options, String what, Throwable cause) {
    List<PhaseResult> phases = options.phases().stream().sorted()
        .map(p -> PhaseResult.harnessError(p, what, cause).headlined(options.profile())).toList();
    EvalResult result = new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, task.id().value(), sub.specName(),
        TaskPackage.sha256(sub.specText().getBytes(StandardCharsets.UTF_8)),
        sub.cfgOrigin().name().toLowerCase(Locale.ROOT).replace('_', '-'), options.profile().id(), options.seed(),
        List.of(), phases, 0.0, Scores.ZERO, false, false, Verdict.HARNESS_ERROR, Map.of());
    return new Evaluation(result, JobResults.NONE);
  }

}
