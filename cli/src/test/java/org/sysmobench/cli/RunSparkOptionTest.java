package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --spark} loads the spark module by name: the CLI's class path (like this test's) does not
 * hold it, so the default path never loads Spark, and asking for it without the module is one plain line
 * and exit 2, before any work.
 */
class RunSparkOptionTest {
  @TempDir Path dir;

  @Test
  void sparkWithoutTheModuleIsOnePlainLine() {
    assertThat(getClass().getClassLoader().getResource("org/apache/spark/SparkContext.class"))
        .as("Spark is not on the CLI's class path").isNull();
    CommandOutput r = CommandOutput.run("run", "--spark", "local[2]", "--tasks", "toy-lock",
        "--models", "reference", "--results", dir.resolve("results").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .contains("--spark needs the sysmobench-spark module on the class path").doesNotContain("Exception"));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void sparkSettingsWithoutSparkAreRefused() {
    CommandOutput r = CommandOutput.run("run", "--conf", "spark.executor.cores=2", "--tasks",
        "toy-lock", "--models", "reference", "--results", dir.resolve("results").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .contains("--conf sets Spark settings: give it with --spark MASTER"));
  }
}
