package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JIT the workers get: the client compiler alone when the pool's workers fill every core (the
 * optimising compiler would compile each job's fresh TLC classes on a core another worker needs), the full
 * JIT when a core is left for it. Either way a job's result is the same.
 */
@Tag("tlc")
class WorkerCompilerTest {
  private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @TempDir Path work;

  @Test
  void workersThatFillEveryCoreRunWithTheClientCompilerOnly() {
    List<List<String>> args = workerArguments(CORES);
    assertThat(args).hasSize(CORES).allSatisfy(a -> assertThat(a).contains(CLIENT_ONLY));
  }

  @Test
  void aPoolThatLeavesACoreKeepsTheOptimisingCompilerAndFindsTheSameResult() {
    assumeTrue(CORES > 1, "one core: every pool fills it");
    List<List<String>> args = workerArguments(CORES - 1);
    assertThat(args).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain(CLIENT_ONLY));
  }

  /** Starts a pool, runs one job on every worker, and returns each worker JVM's command line. */
  private List<List<String>> workerArguments(int workers) {
    try (TlcWorkerPool pool = TlcPoolFixture.pool(workers, "256m", work.resolve("pool-" + workers))) {
      List<CompletableFuture<TlcResult>> jobs = IntStream.range(0, workers)
          .mapToObj(i -> pool.submit(Corpus.job("Counter"))).toList();
      for (CompletableFuture<TlcResult> job : jobs) {
        TlcResult r = job.join();
        assertThat(r.outcome()).isEqualTo(new TlcOutcome.Ok());
        // plain TLC: 26 states generated, 16 distinct states found
        assertThat(r.stats().generated()).isEqualTo(26);
        assertThat(r.stats().distinct()).isEqualTo(16);
      }
      return pool.workerPids().stream()
          .map(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).map(List::of).orElseThrow(
              () -> new AssertionError("worker " + pid + " has no readable command line")))
          .toList();
    }
  }
}
