package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.sysmobench.model.Verdict;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcWorkerPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code sysmobench bench tlc}: the cost of one TLC job on a tiny spec through the warm pool versus a
 * fresh JVM per check, and the throughput of many tiny jobs on the pool.
 */
@Command(name = "tlc", mixinStandardHelpOptions = true,
    description = "TLC job overhead (warm pool vs fresh JVM) and throughput of tiny jobs.")
final class BenchTlcCommand implements Callable<Integer> {
  private static final String SPEC = String.join("\n",
      "---- MODULE Tiny ----",
      "EXTENDS Naturals",
      "VARIABLES x, y",
      "Init == x = 0 /\\ y = 0",
      "Next == \\/ x < 3 /\\ x' = x + 1 /\\ UNCHANGED y",
      "        \\/ y < 3 /\\ y' = y + 1 /\\ UNCHANGED x",
      "        \\/ x = 3 /\\ y = 3 /\\ x' = 0 /\\ y' = 0",
      "TypeOK == x \\in 0..3 /\\ y \\in 0..3",
      "====", "");

  @Option(names = "--runs", description = "Sequential jobs through the warm pool (default ${DEFAULT-VALUE}).")
  int runs = 40;

  @Option(names = "--fresh-runs", description = "Fresh-JVM checks for comparison (default ${DEFAULT-VALUE}).")
  int freshRuns = 5;

  @Option(names = "--jobs", description = "Jobs for the throughput run (default ${DEFAULT-VALUE}).")
  int jobs = 100;

  @Option(names = "--workers", description = "Workers for the throughput run (default ${DEFAULT-VALUE}).")
  int workers = 2;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Option(names = "--worker-jvm-arg", paramLabel = "ARG", description = "Extra JVM flag for the workers (repeatable).")
  List<String> workerJvmArgs = new ArrayList<>();

  @Option(names = "--skip-fresh", description = "Skip the fresh-JVM comparison.")
  boolean skipFresh;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = command.commandLine().getOut();
    TlaTools tools = TlaTools.resolve(Optional.ofNullable(toolsJar));
    Path dir = Files.createTempDirectory("sysmobench-bench-tlc");
    try {
      Path spec = dir.resolve("Tiny.tla");
      Files.writeString(spec, SPEC);
      Files.writeString(dir.resolve("Tiny.cfg"), "INIT Init\nNEXT Next\nINVARIANT TypeOK\n");
      TlcJob job = TlcJob.modelCheck(spec).withSeed(1);
      out.printf(Locale.ROOT, "TLC bench on %d cores, tools %s%n", Runtime.getRuntime().availableProcessors(),
          tools.toolsJar().getFileName());

      List<Double> warm = new ArrayList<>();
      try (TlcWorkerPool pool = TlcWorkerPool.start(tools, TlcPoolConfig.defaults().withWorkers(1)
          .withExtraJvmArgs(workerJvmArgs).withJobsPerWorker(Math.max(runs + 5, 25)))) {
        check(pool.run(job)); // the worker is warmed by the pool; this also waits until it is up
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          check(pool.run(job));
          warm.add((System.nanoTime() - t) / 1e6);
        }
      }
      report(out, "warm pool, 1 worker, sequential", warm);

      List<Double> fresh = new ArrayList<>();
      for (int i = 0; i < (skipFresh ? 0 : freshRuns); i++) {
        fresh.add(freshJvm(tools, dir, i));
      }
      if (!fresh.isEmpty()) {
        report(out, "fresh JVM per check (java tlc2.TLC)", fresh);
      }

      try (TlcWorkerPool pool = TlcWorkerPool.start(tools, TlcPoolConfig.defaults().withWorkers(workers)
          .withExtraJvmArgs(workerJvmArgs))) {
        List<CompletableFuture<TlcResult>> warmup = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
          warmup.add(pool.submit(job));
        }
        warmup.forEach(f -> check(f.join()));
        long t = System.nanoTime();
        List<CompletableFuture<TlcResult>> all = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
          all.add(pool.submit(job.withSeed(i)));
        }
        all.forEach(f -> check(f.join()));
        double secs = (System.nanoTime() - t) / 1e9;
        out.printf(Locale.ROOT, "throughput: %d tiny jobs on %d workers in %.2f s = %.1f jobs/s"
            + " (includes worker recycling every %d jobs)%n", jobs, workers, secs, jobs / secs,
            TlcPoolConfig.defaults().jobsPerWorker());
      }
      return 0;
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void check(TlcResult r) {
    if (r.verdict() != Verdict.PASS) {
      throw new IllegalStateException("bench job did not pass: " + r.outcome().summary());
    }
  }

  private static double freshJvm(TlaTools tools, Path dir, int i) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path meta = dir.resolve("fresh-meta-" + i);
    List<String> cmd = List.of(java.toString(), "-XX:+UseParallelGC", "-Djava.io.tmpdir=" + dir,
        "-cp", tools.toolsJar().toString(), "tlc2.TLC", "-tool", "-workers", "1", "-metadir", meta.toString(),
        "-config", "Tiny.cfg", dir.resolve("Tiny.tla").toString());
    long t = System.nanoTime();
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("fresh TLC JVM did not finish");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("fresh TLC JVM exited " + p.exitValue());
    }
    return (System.nanoTime() - t) / 1e6;
  }

  private static void report(PrintWriter out, String what, List<Double> ms) {
    List<Double> s = new ArrayList<>(ms);
    Collections.sort(s);
    out.printf(Locale.ROOT, "%-40s n=%3d  median %7.1f ms  p90 %7.1f ms  min %7.1f ms  max %7.1f ms%n", what,
        s.size(), s.get(s.size() / 2), s.get((int) Math.min(s.size() - 1, Math.round(s.size() * 0.9))), s.get(0),
        s.get(s.size() - 1));
  }
}
