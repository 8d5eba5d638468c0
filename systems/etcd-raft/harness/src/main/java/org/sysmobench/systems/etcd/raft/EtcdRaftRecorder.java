package org.sysmobench.systems.etcd.raft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.ContractTraceFile;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.systems.kit.Seeds;
import org.sysmobench.trace.TraceRecorder;

/**
 * Records {@code etcd-raft} traces: builds the driver once ({@link DriverBuild}), runs it once per trace
 * with a derived seed, trace {@code i} playing scenario {@code i mod 4} ({@link Scenario}), converts its log
 * ({@link RaftTraceConverter}) and writes {@code NNN-<scenario>.ndjson}, the driver's own output as
 * {@code raw/NNN-<scenario>.ndjson}, and {@code manifest.json}.
 *
 * <p>A run whose scenario did not reach its goal, or which the converter cannot map, is refused and the
 * scenario is played again from the next derived seed, at most {@value #ATTEMPTS} times; the manifest
 * lists refused seeds and why.
 */
public final class EtcdRaftRecorder implements TraceRecorder {
  public static final String TASK_ID = "etcd-raft";
  /** The folder, inside a recording, of the driver's raw output. */
  public static final String RAW = "raw";
  private static final int ATTEMPTS = 8;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final DriverBuild build;

  /** Builds into the default cache against etcd 3.5.16 and Debian's Go packages, with go from the PATH. */
  public EtcdRaftRecorder() {
    this(DriverBuild.defaults());
  }

  public EtcdRaftRecorder(DriverBuild build) {
    this.build = build;
  }

  @Override
  public String taskId() {
    return TASK_ID;
  }

  @Override
  public int scenarios() {
    return Scenario.values().length;
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
    Path binary = build.binary();
    Files.createDirectories(outDir.resolve(RAW));
    List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(recordOne(binary, outDir, i, seed));
    }
    RecordingManifest m = new RecordingManifest(TASK_ID, seed, Map.of("etcd", EtcdSources.ETCD_VERSION),
        RaftTraceConverter.ACTIONS, entries);
    m.writeTo(outDir);
    return m;
  }

  private RecordingManifest.TraceEntry recordOne(Path binary, Path outDir, int index, long seed)
      throws IOException, InterruptedException {
    Scenario scenario = Scenario.values()[index % Scenario.values().length];
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = Seeds.mix(seed, index * ATTEMPTS + attempt);
      List<String> lines;
      DriverLog log;
      RaftTraceConverter.Conversion conversion;
      try {
        lines = DriverBuild.run(binary, traceSeed, scenario, TIMEOUT);
        log = DriverLog.parse(lines);
        conversion = new RaftTraceConverter().convert(log, scenario.nodes());
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      String file = String.format("%03d-%s.ndjson", index, scenario.id());
      Files.write(outDir.resolve(RAW).resolve(file), lines, StandardCharsets.UTF_8);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", TASK_ID);
      meta.put("etcd", EtcdSources.ETCD_VERSION);
      meta.put("scenario", scenario.id());
      meta.put("seed", traceSeed);
      meta.put("nodes", scenario.nodes());
      meta.put("rawTrace", RAW + "/" + file);
      meta.put("constants", conversion.constants());
      ContractTraceFile.write(outDir.resolve(file), meta, conversion.events());
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("scenario", scenario.id());
      setup.put("nodes", scenario.nodes());
      setup.put("rounds", log.end().get("rounds"));
      setup.put("crashes", log.end().get("crashes"));
      setup.put("proposals", log.end().get("proposals"));
      setup.put("constants", conversion.constants());
      return RecordingManifest.TraceEntry.counting(file, traceSeed, setup,
          conversion.events().stream().map(ContractEvent::action).toList(), refused);
    }
    throw new RecordingFailedException("trace " + index + " (" + scenario.id() + "): no seed out of " + ATTEMPTS
        + " gave a run that reached the scenario's goal and could be mapped: " + refused);
  }
}
