package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sysmobench.trace.Json;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/**
 * Records Fast Leader Election traces of real ZooKeeper peers: the public entry point of this harness.
 *
 * <pre>
 * RecordingManifest m = ZooKeeperRecorder.record(Path.of("traces"), 4, 42L, RecordOptions.defaults());
 * </pre>
 *
 * <p>Each trace comes from a fresh child JVM running {@link ScenarioMain} under the tracer agent, so
 * no ZooKeeper thread, static or port outlives its trace and traces cannot influence each other. The
 * folder receives {@code NNN-<scenario>.ndjson} files, a copy of the instrumentation file and
 * {@code manifest.json} (written last, atomically). A trace whose child fails, times out, leaves its data
 * folder, keeps a port bound or whose agent reports problems fails the whole recording with the reason.
 *
 * <p>Threads: ZooKeeper 3.9.5 occasionally leaves an internal thread (a leader's per-learner
 * {@code Sender-} thread) running after {@code QuorumPeer.shutdown()}. Such threads are listed in the
 * manifest ({@code threadsOutlivingShutdown}) rather than failing the run: they end with the child JVM,
 * which is checked to be gone before the trace is accepted.
 */
public final class ZooKeeperRecorder {
  static final String INSTRUMENTATION_RESOURCE = "instrumentation.yaml";
  private static final String SYSTEM = "zookeeper-fle";

  private ZooKeeperRecorder() {}

  /** Records with {@link RecordOptions#defaults()}. */
  public static RecordingManifest record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return record(outDir, count, seed, RecordOptions.defaults());
  }

  /**
   * Records {@code count} traces into {@code outDir} (created if needed).
   *
   * @throws RecordingFailedException if a trace cannot be recorded cleanly
   */
  public static RecordingManifest record(Path outDir, int count, long seed, RecordOptions options) throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Path agent = options.agentJar().orElseGet(() -> AgentJar.locate()).toAbsolutePath();
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION_RESOURCE);
    try (InputStream in = ZooKeeperRecorder.class.getResourceAsStream(INSTRUMENTATION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("harness jar lacks its " + INSTRUMENTATION_RESOURCE);
      }
      Files.copy(in, instrumentation, StandardCopyOption.REPLACE_EXISTING);
    }
    List<RecordedTrace> traces = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Scenario scenario = options.scenarios().get(i % options.scenarios().size());
      long traceSeed = traceSeed(seed, i);
      String file = String.format("%03d-%s.ndjson", i, scenario.id());
      traces.add(recordOne(outDir.resolve(file), scenario, traceSeed, options, agent, instrumentation));
    }
    RecordingManifest manifest = new RecordingManifest(SYSTEM, org.apache.zookeeper.Version.getVersion(), seed, options.nodes(),
        INSTRUMENTATION_RESOURCE, traces);
    Path tmp = outDir.resolve("manifest.json.tmp");
    Files.writeString(tmp, manifest.toJson());
    Files.move(tmp, outDir.resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return manifest;
  }

  /** A well-mixed per-trace seed (SplitMix64 finalizer), so neighbouring traces do not share choices. */
  static long traceSeed(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static RecordedTrace recordOne(Path traceFile, Scenario scenario, long seed, RecordOptions options, Path agent, Path instrumentation)
      throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("sysmobench-zk-");
    try {
      Path result = work.resolve("result.json");
      Path peers = work.resolve("peers");
      Path stdout = work.resolve("stdout.txt");
      Path stderr = work.resolve("stderr.txt");
      String agentArgs = "config=" + instrumentation.toAbsolutePath() + ",out=" + traceFile.toAbsolutePath()
          + ",meta.scenario=" + scenario.id() + ",meta.seed=" + seed + ",meta.nodes=" + options.nodes();
      List<String> cmd = List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xshare:off", // the agent appends to the boot class path, which disables CDS with a warning anyway
          "-Xmx512m",
          "-Dzookeeper.admin.enableServer=false",
          "-Dzookeeper.jmx.log4j.disable=true",
          "-javaagent:" + agent + "=" + agentArgs,
          "-cp", ChildClassPath.forChild(agent),
          ScenarioMain.class.getName(),
          scenario.id(), Long.toString(seed), Integer.toString(options.nodes()), peers.toString(), result.toString());
      Process child = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!child.waitFor(options.timeoutPerTrace().toMillis(), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor();
        throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") did not finish within "
            + options.timeoutPerTrace().toSeconds() + " s; stderr tail:\n" + tail(stderr));
      }
      if (!Files.exists(result)) {
        throw new RecordingFailedException(scenario.id() + " (seed " + seed + "): child JVM exited with " + child.exitValue()
            + " without a result; stderr tail:\n" + tail(stderr));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) Json.parse(Files.readString(result).trim());
      if (r.containsKey("error")) {
        throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") failed: " + r.get("error") + "\nstderr tail:\n" + tail(stderr));
      }
      if (child.isAlive() || child.descendants().anyMatch(ProcessHandle::isAlive)) {
        throw new RecordingFailedException(scenario.id() + " (seed " + seed + "): the child JVM is still running after it reported");
      }
      checkCleanedUp(scenario, seed, r);
      checkTracerQuiet(scenario, seed, stderr);
      Trace trace = TraceReader.any().read(traceFile);
      Map<String, Long> counts = new TreeMap<>();
      for (TraceEvent e : trace.events()) {
        counts.merge(e.event(), 1L, Long::sum);
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> steps = (List<Map<String, Object>>) r.get("steps");
      List<String> outlived = ((List<?>) r.get("leftoverThreads")).stream().map(Object::toString).toList();
      return new RecordedTrace(traceFile.getFileName().toString(), scenario, seed, options.nodes(), trace.events().size(), counts,
          (Long) r.get("durationMs"), steps, outlived);
    } finally {
      deleteRecursively(work);
    }
  }

  private static void checkCleanedUp(Scenario scenario, long seed, Map<String, Object> r) throws InterruptedException {
    if (!Boolean.TRUE.equals(r.get("workDirRemoved"))) {
      throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") left its data folder behind");
    }
    for (Object port : (List<?>) r.get("ports")) {
      int p = ((Long) port).intValue();
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (!FreePorts.isFree(p)) {
        if (System.nanoTime() > deadline) {
          throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") left port " + p + " bound");
        }
        Thread.sleep(50);
      }
    }
  }

  /**
   * The agent reports probes it could not weave and captures that failed on stderr, and keeps going;
   * a trace recorded with such problems would silently lack events, so it is a failure here.
   */
  private static void checkTracerQuiet(Scenario scenario, long seed, Path stderr) throws IOException {
    List<String> problems = Files.readAllLines(stderr).stream().filter(l -> l.startsWith("sysmobench-tracer:")).toList();
    if (!problems.isEmpty()) {
      throw new RecordingFailedException(scenario.id() + " (seed " + seed + "): the tracer reported problems:\n" + String.join("\n", problems));
    }
  }

  private static String tail(Path file) {
    try {
      String s = Files.exists(file) ? Files.readString(file) : "";
      return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
