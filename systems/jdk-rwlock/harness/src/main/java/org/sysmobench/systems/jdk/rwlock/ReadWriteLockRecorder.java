package org.sysmobench.systems.jdk.rwlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Records {@code jdk-rwlock} traces: one child JVM per trace runs the seeded {@link RwLockDriver} under
 * the tracer agent; raw events are converted ({@link RwTraceConverter}) into
 * {@code NN-<threads>t-<mode>.ndjson} with a copy of the instrumentation file and {@code manifest.json};
 * raw files live in a temp folder deleted afterwards. A seed whose recording cannot be explained honestly
 * is refused and the next derived seed tried (listed in the manifest).
 */
public final class ReadWriteLockRecorder implements TraceRecorder {
  public static final String TASK_ID = "jdk-rwlock";
  static final String INSTRUMENTATION = "instrumentation.yaml";
  static final List<String> ACTIONS = List.of("ReadLock", "TryReadLock", "TryReadLockFail", "ReadUnlock", "WriteLock",
      "TryWriteLock", "TryWriteLockFail", "WriteUnlock", "Park", "Unpark");
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
    WorkFiles.copyResource(ReadWriteLockRecorder.class, INSTRUMENTATION, instrumentation);
    ChildJvm jvm = new ChildJvm(AgentJar.locate(), instrumentation, JVM_OPTIONS, TIMEOUT);
    Path work = Files.createTempDirectory("sysmobench-jdk-rwlock-");
    try {
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(recordOne(outDir, work, jvm, i, seed));
      }
      RecordingManifest m = new RecordingManifest(TASK_ID, seed, Map.of("jdk", System.getProperty("java.version")), ACTIONS,
          entries);
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
      RwDriverPlan plan = RwDriverPlan.fromSeed(traceSeed);
      Path raw = work.resolve("raw-" + index + "-" + attempt + ".ndjson");
      jvm.run(raw, Map.of("seed", Long.toString(traceSeed)), RwLockDriver.class.getName(), List.of(Long.toString(traceSeed)));
      Set<String> threads = plan.threads().stream().map(RwDriverPlan.Script::name).collect(Collectors.toSet());
      List<ContractEvent> events;
      try {
        events = new RwTraceConverter(threads).convert(TraceReader.any().read(raw).events());
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      String file = String.format("%02d-%dt-%s.ndjson", index, threads.size(), plan.fair() ? "fair" : "nonfair");
      Map<String, Object> constants = new LinkedHashMap<>();
      constants.put("Threads", plan.threadSetTla());
      constants.put("MaxHolds", Integer.toString(RwDriverPlan.MAX_DEPTH));
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", TASK_ID);
      meta.put("seed", traceSeed);
      meta.put("fair", plan.fair());
      meta.put("jdk", System.getProperty("java.version"));
      meta.put("constants", constants);
      ContractTraceFile.write(outDir.resolve(file), meta, events);
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("threads", threads.size());
      setup.put("fair", plan.fair());
      return RecordingManifest.TraceEntry.counting(file, traceSeed, setup, events.stream().map(ContractEvent::action).toList(),
          refused);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS
        + " gave an explainable recording: " + refused);
  }
}
