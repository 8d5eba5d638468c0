package org.sysmobench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.runs.CellOutcome;
import org.sysmobench.runs.RunListener;
import org.sysmobench.runs.RunProgress;
import org.sysmobench.runs.RunSettings;
import org.sysmobench.runs.RunSummary;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * A real standalone Spark cluster on loopback (a master and two workers, separate JVMs, authenticated with
 * a shared secret from the environment) runs a small matrix, the reference and mutants of two tasks, and
 * gets exactly the local runner's results; one worker, with its executor, is killed mid-run, and every
 * cell is still scored, once.
 */
@Tag("tlc")
@Tag("spark-cluster")
@Tag("slow")
class StandaloneClusterTest {
  @TempDir Path dir;

  @Test
  void aClusterThatLosesAWorkerScoresEveryCellOnceExactlyAsTheLocalRunner() throws Exception {
    String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    // reference and mutant:no-exclusion of both tasks, and the parse error of each: 6 cells
    RunSettings matrix = MatrixRig.settings(List.of(MatrixRig.TOY_LOCK, MatrixRig.REENTRANT_LOCK), "reference",
        "mutant:no-exclusion", "mutant:unclosed-paren", "mutant:unparsable").withConcurrency(1, 2);
    // the cluster starts while the local runner scores the matrix
    CompletableFuture<StandaloneCluster> starting = CompletableFuture.supplyAsync(() -> {
      try {
        return StandaloneCluster.start(dir.resolve("cluster"), secret, 2);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      checkOnCluster(matrix, secret, starting);
    } finally {
      try {
        starting.join().close(); // leave no daemon behind, whatever failed
      } catch (RuntimeException notStarted) {
        // nothing was left running
      }
    }
  }

  private void checkOnCluster(RunSettings matrix, String secret, CompletableFuture<StandaloneCluster> starting)
      throws Exception {
    Map<String, EvalResult> expected;
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {
      RunSummary local = MatrixRig.runner(store, dir, RunListener.NONE).start(RunId.of("local"), matrix,
          List.of("test"));
      assertThat(local.status()).isEqualTo(RunStatus.FINISHED);
      expected = MatrixRig.results(store, RunId.of("local"));
    }
    assertThat(expected).hasSize(6);
    StandaloneCluster cluster = starting.join();
    try (RunStore store = RunStore.open(dir.resolve("results"), Clock.systemUTC())) {

      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger finishedAfterKill = new AtomicInteger();
      RunListener killer = new RunListener() {
        @Override
        public void cellFinished(CellOutcome outcome, RunProgress progress) {
          if (killed.get()) {
            finishedAfterKill.incrementAndGet();
          } else if (killed.compareAndSet(false, true)) {
            try {
              cluster.kill(1); // while the other cells are being evaluated
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
      };
      Map<String, String> conf = new LinkedHashMap<>();
      conf.put("spark.driver.host", "127.0.0.1");
      conf.put("spark.driver.bindAddress", "127.0.0.1");
      conf.put("spark.cores.max", "2");
      conf.put("spark.executor.cores", "1");
      conf.put("spark.executor.memory", "512m");
      // start evaluating only when both workers' executors are there, so both get work before the kill
      conf.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
      conf.put("spark.scheduler.maxRegisteredResourcesWaitingTime", "120s");
      RunSummary onCluster = MatrixRig.runner(store, dir, killer)
          .evaluatingWith(new SparkEvaluators(cluster.masterUrl(), conf, Map.of(SparkEvaluators.SECRET_ENV, secret)))
          .start(RunId.of("cluster"), matrix, List.of("test"));

      assertThat(onCluster.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(killed).isTrue();
      assertThat(cluster.isAlive(1)).isFalse();
      assertThat(finishedAfterKill.get()).as("cells finished after the kill").isGreaterThan(0);
      List<CellRecord> cells = store.cells(RunId.of("cluster"));
      assertThat(cells).hasSize(6).allSatisfy(c -> {
        assertThat(c.status()).isEqualTo(CellStatus.DONE);
        assertThat(c.failure()).isEqualTo(FailureClass.NONE);
        assertThat(c.attempts()).isEqualTo(1);
      });
      assertThat(MatrixRig.results(store, RunId.of("cluster"))).isEqualTo(expected);
      // both workers' executors evaluated (the work was spread before the kill)
      for (int w = 0; w < 2; w++) {
        List<String> logs = new ArrayList<>();
        for (Path p : cluster.executorLogs(w)) {
          logs.add(Files.readString(p));
        }
        assertThat(String.join("\n", logs)).as("worker " + w + "'s executor ran tasks").contains("Running task");
      }
      // the shared secret is in no log of the cluster and nowhere in the run's store
      List<Path> written = new ArrayList<>(cluster.logFiles());
      try (Stream<Path> results = Files.walk(dir.resolve("results"))) {
        results.filter(Files::isRegularFile).forEach(written::add);
      }
      assertThat(written).isNotEmpty().allSatisfy(p ->
          assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
              .as(p.toString()).doesNotContain(secret));
    }
  }
}
