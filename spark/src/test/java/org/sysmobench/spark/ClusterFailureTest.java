package org.sysmobench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.model.Verdict;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.runs.CellEvaluator;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;

/**
 * An evaluation that fails on the cluster for our reasons (here: a task package the executor cannot load) is
 * a harness error, not scored, never a score of 0 against the spec.
 */
class ClusterFailureTest {
  @TempDir Path dir;

  @Test
  void aTaskThatFailsOnTheExecutorIsAHarnessErrorNotAScore() throws Exception {
    Path systems = dir.resolve("systems");
    try (Stream<Path> files = Files.walk(MatrixRig.FIXTURES)) {
      for (Path f : files.toList()) {
        Path to = systems.resolve(MatrixRig.FIXTURES.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Task task = new TaskCatalog(systems).load(MatrixRig.TOY_LOCK);
    // loaded on the driver, then damaged on disk: the package that travels no longer loads on the executor
    Files.writeString(task.folder().resolve("contract.yaml"), "not: [a contract");
    SpecSubmission spec = SpecSubmission.withoutConfig(Files.readString(task.reference().spec()), "ToyLock.tla");

    try (CellEvaluator cluster = new SparkEvaluators("local[1]", Map.of("spark.driver.host", "127.0.0.1",
        "spark.driver.bindAddress", "127.0.0.1"), Map.of()).open(null, 1)) {
      EvalResult r = cluster.evaluate(task, spec, EvalOptions.all(dir.resolve("work"))).result();
      assertThat(r.scored()).isFalse();
      assertThat(r.verdict()).isEqualTo(Verdict.HARNESS_ERROR);
      assertThat(r.phases()).hasSize(4).allSatisfy(p -> {
        assertThat(p.verdict()).isEqualTo(Verdict.HARNESS_ERROR);
        assertThat(p.summary()).contains("the Spark cluster could not evaluate the spec");
      });
    }
  }
}
