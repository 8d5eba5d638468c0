package org.sysmobench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sysmobench bench sany}: the cost of one SANY parse of a realistic ~450-line spec (a Raft-style
 * replicated log) in-process and warm, versus a {@code java tla2sany.SANY} subprocess per parse.
 */
@Command(name = "sany", mixinStandardHelpOptions = true,
    description = "SANY parse time: warm in-process facade vs a java tla2sany.SANY subprocess.")
final class BenchSanyCommand implements Callable<Integer> {
  private static final String SPEC_RESOURCE = "/org/sysmobench/cli/bench/RaftLog.tla";

  @Option(names = "--runs", description = "Timed warm in-process parses (default ${DEFAULT-VALUE}).")
  int runs = 200;

  @Option(names = "--warmup", description = "Untimed parses first, to load and JIT SANY (default ${DEFAULT-VALUE}).")
  int warmup = 300;

  @Option(names = "--subprocess-runs", description = "Timed subprocess parses (default ${DEFAULT-VALUE}).")
  int subprocessRuns = 5;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = command.commandLine().getOut();
    TlaTools tools = TlaTools.resolve(Optional.ofNullable(toolsJar));
    Path dir = Files.createTempDirectory("sysmobench-bench-sany");
    try {
      Path spec = dir.resolve("RaftLog.tla");
      try (InputStream in = BenchSanyCommand.class.getResourceAsStream(SPEC_RESOURCE)) {
        Files.copy(in, spec);
      }
      long lines = Files.readAllLines(spec).size();
      out.printf(Locale.ROOT, "spec: RaftLog.tla, %d lines%n", lines);

      List<Double> warm = new ArrayList<>();
      double first;
      try (Sany sany = Sany.open(tools)) {
        long t0 = System.nanoTime();
        ParseResult r = sany.parseFile(spec);
        first = millis(System.nanoTime() - t0);
        if (!r.ok()) {
          command.commandLine().getErr().println("error: the bench spec does not parse: " + r.diagnostics());
          return 1;
        }
        out.printf(Locale.ROOT, "in-process: first parse %.1f ms (class loading), %d definitions%n", first,
            r.definitions().size());
        for (int i = 0; i < warmup; i++) {
          sany.parseFile(spec);
        }
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          sany.parseFile(spec);
          warm.add(millis(System.nanoTime() - t));
        }
      }
      out.printf(Locale.ROOT, "in-process warm: %s over %d runs (target median < 20 ms)%n", summary(warm), runs);
      out.flush();

      List<Double> sub = new ArrayList<>();
      for (int i = 0; i < subprocessRuns; i++) {
        sub.add(subprocess(tools, spec, dir));
      }
      out.printf(Locale.ROOT, "subprocess java tla2sany.SANY: %s over %d runs%n", summary(sub), subprocessRuns);
      out.printf(Locale.ROOT, "speed-up of the warm facade: %.0fx (medians)%n", median(sub) / median(warm));
      out.flush();
      return 0;
    } finally {
      deleteTree(dir);
    }
  }

  private static double subprocess(TlaTools tools, Path spec, Path dir) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory(dir, "tmp");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-cp", tools.toolsJar().toString(), "tla2sany.SANY", spec.toString());
    long t = System.nanoTime();
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("java tla2sany.SANY did not finish in 60 s");
    }
    return millis(System.nanoTime() - t);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String summary(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    double p90 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.9) - 1));
    return String.format(Locale.ROOT, "median %.2f ms (min %.2f, p90 %.2f, max %.2f)", median(s), s.get(0), p90,
        s.get(s.size() - 1));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
