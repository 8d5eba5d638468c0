package org.sysmobench.spark;

import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.Function;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.job.JobResultsJson;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.tasks.Task;

/**
 * What an executor does with a request: verify and unpack the task package (once per package and JVM),
 * evaluate on the JVM's warm engine, send back the result as JSON. An exception here fails the Spark task
 * (Spark retries it, elsewhere if it can); the driver turns a job that still fails into a harness error.
 */
final class RemoteEvaluation implements Function<EvaluationRequest, EvaluationReply> {
  private static final long serialVersionUID = 1L;

  @Override
  public EvaluationReply call(EvaluationRequest request) {
    ExecutorEngine jvm = ExecutorEngine.get();
    Task task = jvm.task(request.taskPackage().value());
    Evaluation evaluation = jvm.engine(request.tlcWorkers()).evaluator()
        .run(task, request.submission(), request.options(jvm.home().resolve("work")));
    SparkEnv env = SparkEnv.get();
    String executor = env == null ? "" : env.executorId();
    return new EvaluationReply(ResultJson.write(evaluation.result()), new JobResultsJson().write(evaluation.jobs()),
        executor);
  }
}
