package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 52 mixed jobs at once (violations, liveness, evaluation errors, garbage, a job that exhausts the
 * worker heap) give the same results as each job alone; the pool survives every fault; closing it
 * leaves no process, thread or listening socket behind.
 */
@Tag("tlc")
class TlcPoolRobustnessTest {
  private static final List<String> MIX = List.of("Counter", "Values", "Live", "Loop", "Dead", "Asrt", "DivZero",
      "Recur", "Parse", "CfgErr", "Assume", "Garbage", "Empty", "Sim");

  @TempDir Path work;

  @Test
  @org.junit.jupiter.api.Timeout(240)
  void concurrentMixedJobsMatchSoloRunsAndThePoolLeavesNothingBehind() throws Exception {
    Set<Long> listeningBefore = ownListeningSocketInodes();
    Set<Long> workerPids = new HashSet<>();
    TlcWorkerPool pool = TlcWorkerPool.start(TlcPoolFixture.tools(), TlcPoolConfig.defaults().withWorkers(2)
        .withHeap("256m").withJobsPerWorker(20).withWorkDir(work).withWarmUp(false));
    try {
      Map<String, String> solo = new LinkedHashMap<>();
      for (String spec : MIX) {
        solo.put(spec, signature(pool.run(Corpus.job(spec))));
      }
      List<String> names = new ArrayList<>();
      List<CompletableFuture<TlcResult>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String spec = MIX.get(i % MIX.size());
        names.add(spec);
        futures.add(pool.submit(Corpus.job(spec)));
      }
      names.add("Hog");
      futures.add(pool.submit(Corpus.job("Hog").withBudget(TlcBudget.ofTime(Duration.ofSeconds(60)))));
      names.add("Hog");
      futures.add(pool.submit(Corpus.job("Hog").withBudget(TlcBudget.ofTime(Duration.ofSeconds(60)))));
      while (!CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).isDone()) {
        workerPids.addAll(pool.workerPids());
        Thread.sleep(50);
      }
      for (int i = 0; i < futures.size(); i++) {
        TlcResult r = futures.get(i).join();
        if (names.get(i).equals("Hog")) {
          assertThat(r.outcome()).as("Hog").isInstanceOfSatisfying(TlcOutcome.Incomplete.class,
              inc -> assertThat(inc.budget()).isEqualTo(TlcOutcome.Budget.MEMORY));
        } else {
          assertThat(signature(r)).as(names.get(i)).isEqualTo(solo.get(names.get(i)));
        }
      }
      // the pool keeps serving after crashes, kills and liveness recycling
      assertThat(pool.run(Corpus.job("Counter")).outcome()).isEqualTo(new TlcOutcome.Ok());
      workerPids.addAll(pool.workerPids());
      assertThat(workerPids.size()).as("workers were replaced").isGreaterThan(2);
    } finally {
      pool.close();
    }
    for (long pid : workerPids) {
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("worker " + pid).isFalse();
    }
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .noneMatch(n -> n.startsWith("tlc-pool-slot") || n.startsWith("tlc-worker"));
    assertThat(ownListeningSocketInodes()).isSubsetOf(listeningBefore);
    try (Stream<Path> left = Files.list(work)) {
      assertThat(left.toList()).as("pool folder removed").isEmpty();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(240)
  void hardTimeoutKillsAStuckWorkerAndThePoolRecovers() {
    // TLC's graceful stop cannot interrupt one long evaluation; the host's hard limit must.
    try (TlcWorkerPool pool = TlcWorkerPool.start(TlcPoolFixture.tools(), TlcPoolConfig.defaults().withWorkers(1)
        .withGraceAfterBudget(Duration.ofSeconds(1)).withWorkDir(work).withWarmUp(false))) {
      TlcResult stuck = pool.run(TlcJob.modelCheck(writeStuckSpec()).withSeed(1)
          .withBudget(TlcBudget.ofTime(Duration.ofSeconds(2))));
      assertThat(stuck.outcome()).isInstanceOfSatisfying(TlcOutcome.Incomplete.class,
          inc -> assertThat(inc.budget()).isEqualTo(TlcOutcome.Budget.TIME));
      assertThat(stuck.stats().duration()).isLessThan(Duration.ofSeconds(8));
      assertThat(pool.run(Corpus.job("Counter")).outcome()).isEqualTo(new TlcOutcome.Ok());
    }
  }

  private Path writeStuckSpec() {
    try {
      Path dir = Files.createDirectories(work.resolve("stuck"));
      // One initial state whose computation takes minutes even on a fast idle machine (two billion
      // quantifier steps, constant memory): TLC never reaches a point where stop() helps.
      Files.writeString(dir.resolve("Stuck.tla"), String.join("\n", "---- MODULE Stuck ----",
          "EXTENDS Naturals", "VARIABLES x",
          "Init == x = 0 /\\ \\A n \\in 1..2000000000 : n # 0", "Next == UNCHANGED x", "===="));
      Files.writeString(dir.resolve("Stuck.cfg"), "INIT Init\nNEXT Next\n");
      return dir.resolve("Stuck.tla");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What must be identical between a solo run and a concurrent run of the same job. */
  private static String signature(TlcResult r) {
    TlcOutcome o = r.outcome();
    String detail = "";
    int traceLength = -1;
    if (o instanceof TlcOutcome.SafetyViolated v) {
      detail = v.invariant();
      traceLength = v.trace().length();
    } else if (o instanceof TlcOutcome.LivenessViolated v) {
      detail = v.candidates() + " " + v.trace().tail();
      traceLength = v.trace().length();
    } else if (o instanceof TlcOutcome.Deadlock d) {
      traceLength = d.trace().length();
    } else if (o instanceof TlcOutcome.AssertionFailed a) {
      detail = a.message();
      traceLength = a.trace().length();
    } else if (o instanceof TlcOutcome.EvaluationError e) {
      detail = e.message() + " " + e.locations();
      traceLength = e.trace().length();
    } else if (o instanceof TlcOutcome.ParseError p) {
      detail = p.locations().toString();
    } else if (o instanceof TlcOutcome.ConfigError c) {
      detail = c.message();
    }
    return o.getClass().getSimpleName() + "|" + detail + "|" + traceLength + "|" + r.stats().distinct() + "|"
        + r.stats().generated();
  }

  /** Inodes of TCP sockets in LISTEN state that this JVM holds open. */
  private static Set<Long> ownListeningSocketInodes() throws IOException {
    Set<Long> listening = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path p = Path.of(table);
      if (!Files.exists(p)) {
        continue;
      }
      for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 9 && f[3].equals("0A")) {
          listening.add(Long.parseLong(f[9]));
        }
      }
    }
    Set<Long> own = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            long inode = Long.parseLong(link.substring(8, link.length() - 1));
            if (listening.contains(inode)) {
              own.add(inode);
            }
          }
        } catch (IOException e) {
          // the descriptor closed while we looked
        }
      }
    }
    return own;
  }
}
