package org.sysmobench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.runs.RunListener;
import org.sysmobench.runs.RunSettings;
import org.sysmobench.runs.RunSummary;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * The same matrix on the local runner and on Spark in {@code local[2]} mode (a real Spark driver and
 * executor in this JVM: the evaluations are serialized, shipped as tasks, run on the executor's own engine
 * from the unpacked package, and come back as JSON): identical results.
 */
@Tag("tlc")
class SparkLocalRunTest {
  @TempDir Path dir;

  @Test
  void sparkLocalModeScoresExactlyAsTheLocalRunner() {
    RunSettings matrix = MatrixRig.settings(List.of(MatrixRig.TOY_LOCK), "reference", "mutant:no-exclusion",
        "mutant:unclosed-paren").withConcurrency(1, 2);
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      RunSummary local = MatrixRig.runner(store, dir, RunListener.NONE)
          .start(RunId.of("local"), matrix, List.of("test"));
      RunSummary spark = MatrixRig.runner(store, dir, RunListener.NONE)
          .evaluatingWith(new SparkEvaluators("local[2]", Map.of("spark.driver.host", "127.0.0.1",
              "spark.driver.bindAddress", "127.0.0.1"), Map.of()))
          .start(RunId.of("spark"), matrix, List.of("test"));

      assertThat(local.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(spark.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(store.cells(RunId.of("spark"))).hasSize(3).allSatisfy(c -> {
        assertThat(c.status()).isEqualTo(CellStatus.DONE);
        assertThat(c.failure()).isEqualTo(FailureClass.NONE);
      });
      Map<String, EvalResult> expected = MatrixRig.results(store, RunId.of("local"));
      assertThat(expected).hasSize(3);
      assertThat(expected.get("toy-lock/reference@toy-lock/0").overall()).isEqualTo(1.0);
      assertThat(MatrixRig.results(store, RunId.of("spark"))).isEqualTo(expected);
      assertThat(store.cells(RunId.of("spark"))).extracting(CellRecord::attempts).containsOnly(1);
    }
  }
}
