package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;

/**
 * A worker JVM ends itself when its host cannot end it: a job past the hard limit the host gave it, a
 * job that keeps the heap full (reported as the memory budget, not time), and the end of its input while
 * a job runs. Real worker JVMs running real TLC jobs.
 */
@Tag("tlc")
class WorkerSelfDefenceTest {
  @TempDir Path work;

  @Test
  @Timeout(120)
  void aWorkerEndsAJobThatOutlivesItsHardLimitEvenIfTheHostWaitsLonger() throws Exception {
    // The request says the host gives up after 1 s (the worker adds its margin); the host here waits 100 s.
    WorkerReply reply = stuckJobOnAWorker(Duration.ofSeconds(1), Duration.ofSeconds(100), (w, folder) -> () -> { });
    assertThat(reply).isInstanceOfSatisfying(WorkerReply.Died.class, d -> {
      assertThat(d.exitCode()).isEqualTo(WorkerGuard.EXIT_OVER_TIME);
      assertThat(d.log()).contains("ran past its hard limit");
    });
  }

  @Test
  @Timeout(180)
  void aJobThatKeepsTheHeapFullIsIncompleteForMemoryNotTime() throws Exception {
    // The case of the report: a 60M-element function does not throw OutOfMemoryError in a 768 MB worker,
    // whose collector frees a little each time; it thrashed until the time budget killed it.
    Path dir = Files.createDirectories(work.resolve("hog"));
    Files.writeString(dir.resolve("BigFunction.tla"), String.join("\n", "---- MODULE BigFunction ----",
        "EXTENDS Naturals", "VARIABLES f", "Init == f = [i \\in 1..60000000 |-> i]", "Next == UNCHANGED f", "===="));
    Files.writeString(dir.resolve("BigFunction.cfg"), "INIT Init\nNEXT Next\n");
    try (TlcWorkerPool pool = TlcPoolFixture.pool(1, "768m", work)) {
      TlcResult r = pool.run(TlcJob.modelCheck(dir.resolve("BigFunction.tla")).withSeed(1)
          .withBudget(TlcBudget.ofTime(Duration.ofSeconds(90))));
      assertThat(r.outcome()).isInstanceOfSatisfying(TlcOutcome.Incomplete.class,
          inc -> assertThat(inc.budget()).isEqualTo(TlcOutcome.Budget.MEMORY));
      assertThat(r.verdict()).isEqualTo(org.sysmobench.model.Verdict.INCOMPLETE);
      // the pool replaced the worker and serves on
      assertThat(pool.run(Corpus.job("Counter")).outcome()).isEqualTo(new TlcOutcome.Ok());
    }
  }

  @Test
  @Timeout(120)
  void aWorkerWhoseInputEndsMidJobEndsButLeavesALiveHostsFolderAlone() throws Exception {
    WorkerReply reply = stuckJobOnAWorker(Duration.ofMinutes(10), Duration.ofMinutes(10), (w, folder) -> {
      Thread.sleep(2000);
      w.closeInput(); // as the kernel does when the host dies
      return () -> assertThat(folder.root()).as("the host still holds its folder").isDirectory();
    });
    assertThat(reply).isInstanceOfSatisfying(WorkerReply.Died.class, d -> {
      assertThat(d.exitCode()).isEqualTo(WorkerGuard.EXIT_ORPHANED);
      assertThat(d.log()).contains("its input from the host ended");
    });
  }

  /** What a test does to the worker while its stuck job runs; returns a check to make after the reply. */
  private interface DuringJob {
    Runnable act(WorkerProcess worker, JobFolder folder) throws Exception;
  }

  /** Runs a job that never ends by itself on a worker of its own, telling it {@code requestLimit}. */
  private WorkerReply stuckJobOnAWorker(Duration requestLimit, Duration hostWait, DuringJob during) throws Exception {
    TlaTools tools = TlcPoolFixture.tools();
    TlcPoolConfig config = TlcPoolConfig.defaults().withWorkDir(work).withWarmUp(false);
    try (ScratchFolder pool = ScratchFolder.create(work, "sysmobench-tlc");
        WorkerProcess w = WorkerProcess.start(config, tools, pool.path(), pool.path().resolve("tmp"), new FrameCodec(),
            "w")) {
      w.awaitReady(Duration.ofSeconds(60));
      TlcJob job = TlcJob.modelCheck(stuckSpec()).withSeed(1).withBudget(TlcBudget.ofTime(Duration.ofMinutes(10)));
      try (JobFolder folder = JobFolder.create(pool.path(), "job", job)) {
        CompletableFuture<Runnable> check = CompletableFuture.supplyAsync(() -> {
          try {
            return during.act(w, folder);
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        });
        WorkerReply reply = w.run(WorkerSlot.request(tools, job, folder, requestLimit), hostWait, p -> { });
        check.join().run();
        return reply;
      }
    }
  }

  private Path stuckSpec() throws IOException {
    Path dir = Files.createDirectories(work.resolve("stuck"));
    // One initial state that takes minutes to compute: TLC's own stop cannot interrupt it.
    Files.writeString(dir.resolve("Stuck.tla"), String.join("\n", "---- MODULE Stuck ----", "EXTENDS Naturals",
        "VARIABLES x", "Init == x = 0 /\\ \\A n \\in 1..2000000000 : n # 0", "Next == UNCHANGED x", "===="));
    Files.writeString(dir.resolve("Stuck.cfg"), "INIT Init\nNEXT Next\n");
    return dir.resolve("Stuck.tla");
  }
}
