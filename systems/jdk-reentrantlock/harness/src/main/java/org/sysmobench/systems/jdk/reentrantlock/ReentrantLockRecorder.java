package org.sysmobench.systems.jdk.reentrantlock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sysmobench.trace.TraceReader;
import org.sysmobench.trace.TraceRecorder;

/**
 * Records {@code jdk-reentrantlock} traces: one child JVM per trace runs the seeded {@link LockDriver}
 * under the tracer agent; the raw events are converted ({@link LockTraceConverter}) and written as
 * {@code NN-<threads>t-<mode>.ndjson}, with a copy of the instrumentation file and {@code manifest.json}.
 * Raw files and child state live in a temp folder that is deleted afterwards.
 *
 * <p>A seed whose recording cannot be explained honestly (see {@link FailurePlacement}) is refused and
 * the next derived seed is tried, at most {@value #ATTEMPTS} times; the manifest lists refused seeds.
 */
public final class ReentrantLockRecorder implements TraceRecorder {
  public static final String TASK_ID = "jdk-reentrantlock";
  static final String INSTRUMENTATION = "instrumentation.yaml";
  static final List<String> ACTIONS = List.of("Lock", "TryLock", "TryLockFail", "Unlock", "Park", "Unpark");
  private static final int ATTEMPTS = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Override
  public String taskId() {
    return TASK_ID;
  }

  @Override
  public Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    RecordingManifest m = recordWithManifest(outDir, count, seed);
    List<Path> files = m.traces().stream().map(t -> outDir.resolve(t.file())).toList();
    return new Recording(files, outDir.resolve("manifest.json"));
  }

  /** Records and returns the manifest (also written to {@code outDir/manifest.json}). */
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed) throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION);
    copyResource(INSTRUMENTATION, instrumentation);
    Path agent = AgentJar.locate();
    Path work = Files.createTempDirectory("sysmobench-jdk-lock-");
    try {
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(recordOne(outDir, work, agent, instrumentation, i, seed));
      }
      RecordingManifest m = new RecordingManifest(TASK_ID, seed, System.getProperty("java.version"), ACTIONS, entries);
      m.write(outDir.resolve("manifest.json"));
      return m;
    } finally {
      deleteTree(work);
    }
  }

  private RecordingManifest.TraceEntry recordOne(Path outDir, Path work, Path agent, Path instrumentation, int index,
      long seed) throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = mix(seed, index * ATTEMPTS + attempt);
      DriverPlan plan = DriverPlan.fromSeed(traceSeed);
      Path raw = work.resolve("raw-" + index + "-" + attempt + ".ndjson");
      ChildJvm.run(agent, instrumentation, raw, Map.of("seed", Long.toString(traceSeed)), LockDriver.class.getName(),
          List.of(Long.toString(traceSeed)), TIMEOUT);
      Set<String> threads = plan.threads().stream().map(DriverPlan.ThreadScript::name).collect(Collectors.toSet());
      List<ContractEvent> events;
      try {
        events = new LockTraceConverter(threads).convert(TraceReader.any().read(raw).events());
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      String mode = plan.fair() ? "fair" : "nonfair";
      String file = String.format("%02d-%dt-%s.ndjson", index, threads.size(), mode);
      Map<String, Object> constants = new LinkedHashMap<>();
      constants.put("Threads", plan.threadSetTla());
      constants.put("MaxHolds", Integer.toString(DriverPlan.MAX_DEPTH));
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", TASK_ID);
      meta.put("seed", traceSeed);
      meta.put("fair", plan.fair());
      meta.put("jdk", System.getProperty("java.version"));
      meta.put("constants", constants);
      ContractTraceFile.write(outDir.resolve(file), meta, events);
      Map<String, Long> counts = new TreeMap<>();
      events.forEach(e -> counts.merge(e.action(), 1L, Long::sum));
      return new RecordingManifest.TraceEntry(file, traceSeed, Map.of("threads", threads.size(), "fair", plan.fair()),
          events.size(), counts, refused);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS + " gave an explainable recording: "
        + refused);
  }

  /** A well-mixed per-trace seed (SplitMix64 finalizer), so neighbouring traces do not share choices. */
  static long mix(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = ReentrantLockRecorder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("harness jar lacks its " + name);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
