package org.sysmobench.systems.jctools.spsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.AgentJar;
import org.sysmobench.systems.kit.ChildJvm;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.ContractTraceFile;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.systems.kit.Seeds;
import org.sysmobench.systems.kit.WorkFiles;
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
  /** The JCTools version the pom pins (jctools.version). */
  static final String JCTOOLS_VERSION = "4.0.5";
  private static final int ATTEMPTS = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1");

  @Override
  public String taskId() {
    return TASK_ID;
  }

  @Override
  public Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    RecordingManifest m = recordWithManifest(outDir, count, seed);
    return new Recording(m.traces().stream().map(t -> outDir.resolve(t.file())).toList(),
        outDir.resolve(RecordingManifest.FILE));
  }

  /** Records and returns the manifest (also written to {@code outDir/manifest.json}). */
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed) throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION);
    WorkFiles.copyResource(SpscRecorder.class, INSTRUMENTATION, instrumentation);
    ChildJvm jvm = new ChildJvm(AgentJar.locate(), instrumentation, JVM_OPTIONS, TIMEOUT);
    Path work = Files.createTempDirectory("sysmobench-jctools-spsc-");
    try {
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(recordOne(outDir, work, jvm, i, seed));
      }
      Map<String, String> provenance = new LinkedHashMap<>();
      provenance.put("jctools", JCTOOLS_VERSION);
      provenance.put("jdk", System.getProperty("java.version"));
      RecordingManifest m = new RecordingManifest(TASK_ID, seed, provenance, ACTIONS, entries);
      m.writeTo(outDir);
      return m;
    } finally {
      WorkFiles.deleteTree(work);
    }
  }

  private RecordingManifest.TraceEntry recordOne(Path outDir, Path work, ChildJvm jvm, int index, long seed)
      throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = Seeds.mix(seed, index * ATTEMPTS + attempt);
      SpscPlan plan = SpscPlan.fromSeed(traceSeed);
      Path raw = work.resolve("raw-" + index + "-" + attempt + ".ndjson");
      jvm.run(raw, Map.of("seed", Long.toString(traceSeed)), SpscDriver.class.getName(), List.of(Long.toString(traceSeed)));
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
      meta.put("jctools", JCTOOLS_VERSION);
      meta.put("constants", constants);
      ContractTraceFile.write(outDir.resolve(file), meta, events);
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("values", plan.values());
      setup.put("capacity", SpscPlan.CAPACITY);
      return RecordingManifest.TraceEntry.counting(file, traceSeed, setup, events.stream().map(ContractEvent::action).toList(),
          refused);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS
        + " gave an explainable recording: " + refused);
  }
}
