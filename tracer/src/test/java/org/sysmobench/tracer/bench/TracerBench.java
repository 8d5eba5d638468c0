package org.sysmobench.tracer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A simple (JMH-free) bench of the agent: events per second, added start-up time and added memory.
 * Run from the {@code tracer} folder after {@code mvn -pl tracer -am install}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes org.sysmobench.tracer.bench.TracerBench [agent.jar]
 * </pre>
 *
 * Every measurement is a fresh JVM; the median of 3 runs is printed.
 */
public final class TracerBench {
  private TracerBench() {}

  public static void main(String[] args) throws Exception {
    Path agent = args.length > 0 ? Path.of(args[0]) : shadedJar();
    Path dir = Files.createTempDirectory("tracer-bench");
    Path plan = Path.of("src/test/resources/workload.yaml").toAbsolutePath();
    System.out.println("agent: " + agent);
    System.out.printf("%-34s %12s %12s %14s %10s%n", "run", "loop ms", "events/s", "JVM start ms", "RSS MB");
    for (int[] shape : new int[][] {{0, 0}, {1, 1_000_000}, {4, 250_000}}) {
      long[] base = median(() -> run(null, null, shape[0], shape[1]));
      long[] traced = median(() -> run(agent, "config=" + plan + ",out=" + dir.resolve("w.ndjson"), shape[0], shape[1]));
      long events = (long) shape[0] * shape[1];
      String label = shape[0] == 0 ? "start-up only" : shape[0] + " thread(s) x " + shape[1] + " calls";
      System.out.printf("%-34s %12.1f %12s %14d %10d%n", label + " (no agent)", base[0] / 1e6, "-", base[1], base[2] / 1024);
      System.out.printf("%-34s %12.1f %12.0f %14d %10d%n", label + " (agent)", traced[0] / 1e6,
          events == 0 ? 0 : events / (traced[0] / 1e9), traced[1], traced[2] / 1024);
    }
    Files.deleteIfExists(dir.resolve("w.ndjson"));
    Files.deleteIfExists(dir);
  }

  private interface Run {
    long[] get() throws Exception;
  }

  private static long[] median(Run r) throws Exception {
    List<long[]> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(r.get());
    }
    long[] out = new long[3];
    for (int k = 0; k < 3; k++) {
      final int col = k;
      out[k] = runs.stream().mapToLong(a -> a[col]).sorted().toArray()[1];
    }
    return out;
  }

  /** Returns loop ns, JVM uptime at main start (ms; includes premain), RSS kB. */
  private static long[] run(Path agent, String agentArgs, int threads, int calls) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:off");
    if (agent != null) {
      cmd.add("-javaagent:" + agent + "=" + agentArgs);
    }
    cmd.addAll(List.of("-cp", Path.of("target/test-classes").toAbsolutePath().toString(), "org.sysmobench.tracer.fixture.Workload",
        Integer.toString(threads), Integer.toString(calls)));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line = new String(p.getInputStream().readAllBytes()).trim();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("workload failed: " + line);
    }
    String[] parts = line.split(" ");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
  }

  private static Path shadedJar() throws IOException {
    try (var s = Files.list(Path.of("target"))) {
      return s.filter(p -> p.getFileName().toString().endsWith("-agent.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/*-agent.jar; run mvn -pl tracer -am install first"))
          .toAbsolutePath();
    }
  }
}
