package org.sysmobench.systems.jctools.spsc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.systems.jdk.reentrantlock.AgentJar;
import org.sysmobench.systems.jdk.reentrantlock.ChildJvm;
import org.sysmobench.systems.jdk.reentrantlock.ContractEvent;
import org.sysmobench.systems.jdk.reentrantlock.ContractTraceFile;
import org.sysmobench.systems.jdk.reentrantlock.RecordingFailedException;
import org.sysmobench.systems.jdk.reentrantlock.RecordingManifest;
import org.sysmobench.trace.TraceReader;
import org.sysmobench.trace.TraceRecorder;

/**
 * Records {@code jctools-spsc} traces: one child JVM per trace runs the seeded {@link SpscDriver} under
 * the tracer agent; raw events are linearized ({@link SpscLinearizer}) into {@code NN-<values>v.ndjson}
 * with a copy of the instrumentation file and {@code manifest.json}; raw files live in a temp folder
 * deleted afterwards. A seed whose recording cannot be explained is refused and the next derived seed
 * tried (listed in the manifest).
 */
public final class SpscRecorder implements TraceRecorder {
  public static final String TASK_ID = "jctools-spsc";
  static final String INSTRUMENTATION = "instrumentation.yaml";
  static final List<String> ACTIONS = List.of("Offer", "OfferFull", "Poll", "PollEmpty");
  private static final int ATTEMPTS = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Override
  public String taskId() {
    return TASK_ID;
  }

  @Override
  public Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    RecordingManifest m = recordWithManifest(outDir, count, seed);
    return new Recording(m.traces().stream().map(t -> outDir.resolve(t.file())).toList(), outDir.resolve("manifest.json"));
  }

  public RecordingManifest recordWithManifest(Path outDir, int count, long seed) throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION);
    try (InputStream in = SpscRecorder.class.getResourceAsStream(INSTRUMENTATION)) {
      if (in == null) {
        throw new IllegalStateException("harness jar lacks its " + INSTRUMENTATION);
      }
      Files.copy(in, instrumentation, StandardCopyOption.REPLACE_EXISTING);
    }
    Path agent = AgentJar.locate();
    Path work = Files.createTempDirectory("sysmobench-jctools-spsc-");
    try {
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(recordOne(outDir, work, agent, instrumentation, i, seed));
      }
      RecordingManifest m = new RecordingManifest(TASK_ID, seed, System.getProperty("java.version"), ACTIONS, entries);
      m.write(outDir.resolve("manifest.json"));
      return m;
    } finally {
      try (var paths = Files.walk(work)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private RecordingManifest.TraceEntry recordOne(Path outDir, Path work, Path agent, Path instrumentation, int index,
      long seed) throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = mix(seed, index * ATTEMPTS + attempt);
      SpscPlan plan = SpscPlan.fromSeed(traceSeed);
      Path raw = work.resolve("raw-" + index + "-" + attempt + ".ndjson");
      ChildJvm.run(agent, instrumentation, raw, Map.of("seed", Long.toString(traceSeed)), SpscDriver.class.getName(),
          List.of(Long.toString(traceSeed)), TIMEOUT);
      List<ContractEvent> events;
      try {
        events = new SpscLinearizer(SpscPlan.CAPACITY).linearize(TraceReader.any().read(raw).events());
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      String file = String.format("%02d-%dv.ndjson", index, plan.values());
      Map<String, Object> constants = new LinkedHashMap<>();
      constants.put("Capacity", Integer.toString(SpscPlan.CAPACITY));
      constants.put("MaxValue", Integer.toString(plan.values()));
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", TASK_ID);
      meta.put("seed", traceSeed);
      meta.put("jctools", "4.0.5");
      meta.put("constants", constants);
      ContractTraceFile.write(outDir.resolve(file), meta, events);
      Map<String, Long> counts = new TreeMap<>();
      events.forEach(e -> counts.merge(e.action(), 1L, Long::sum));
      return new RecordingManifest.TraceEntry(file, traceSeed, Map.of("values", plan.values(), "capacity", SpscPlan.CAPACITY),
          events.size(), counts, refused);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS
        + " gave an explainable recording: " + refused);
  }

  /** A well-mixed per-trace seed (SplitMix64 finalizer). */
  static long mix(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
