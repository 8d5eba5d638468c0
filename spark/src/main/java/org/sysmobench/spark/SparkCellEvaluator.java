package org.sysmobench.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.job.JobResultsJson;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.runs.CellEvaluator;
import org.sysmobench.tasks.Task;

/**
 * Evaluates each cell as a one-task Spark job. The runner calls it from several threads at once, one per
 * cell being evaluated; Spark runs their jobs side by side on the executors' free cores. A task lost with
 * its executor is rerun elsewhere by Spark; an evaluation is a pure function, so a rerun gives the same
 * result, and the driver records each cell once whatever ran twice. A job that fails for good is a
 * harness error ({@link ClusterFailure}), never a score.
 */
final class SparkCellEvaluator implements CellEvaluator {
  private final JavaSparkContext spark;
  private final int tlcWorkers;
  /** Each task package is packed and broadcast once per run execution, keyed by what the run loaded. */
  private final Map<String, Broadcast<TaskPackage>> packages = new ConcurrentHashMap<>();

  SparkCellEvaluator(JavaSparkContext spark, int tlcWorkers) {
    this.spark = spark;
    this.tlcWorkers = tlcWorkers;
  }

  @Override
  public Evaluation evaluate(Task task, SpecSubmission submission, EvalOptions options) {
    try {
      Broadcast<TaskPackage> pkg = packages.computeIfAbsent(task.id().value() + "\n" + task.traces().folder(),
          k -> spark.broadcast(TaskPackage.of(task)));
      EvaluationRequest request = EvaluationRequest.of(pkg, submission, options, tlcWorkers);
      spark.setJobDescription("evaluate " + submission.specName() + " on " + task.id());
      EvaluationReply reply = spark.parallelize(List.of(request), 1).map(new RemoteEvaluation()).collect().get(0);
      return new Evaluation(ResultJson.read(reply.resultJson()), new JobResultsJson().read(reply.jobsJson()));
    } catch (Exception e) {
      // Spark's exceptions are checked in Scala's sense only; any of them means the cluster did not evaluate
      return ClusterFailure.evaluation(task, submission, options,
          "the Spark cluster could not evaluate the spec: " + firstLine(e), e);
    }
  }

  @Override
  public void close() {
    spark.stop();
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse("").strip();
  }
}
