package org.sysmobench.systems.etcd.raft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.nativedriver.NativeDriverRecorder;

/**
 * Records {@code etcd-raft} traces: builds the driver once ({@link DriverBuild}), runs it once per trace
 * with a derived seed, trace {@code i} playing scenario {@code i mod 4} ({@link Scenario}), converts its log
 * ({@link RaftTraceConverter}) and writes {@code NNN-<scenario>.ndjson}, the driver's own output as
 * {@code raw/NNN-<scenario>.ndjson}, and {@code manifest.json}.
 *
 * <p>A run whose scenario did not reach its goal, or which the converter cannot map, is refused and the
 * scenario is played again from the next derived seed, at most {@value #ATTEMPTS} times
 * ({@link NativeDriverRecorder}); the manifest lists refused seeds and why.
 */
public final class EtcdRaftRecorder extends NativeDriverRecorder {
  public static final String TASK_ID = "etcd-raft";
  /** The folder, inside a recording, of the driver's raw output. */
  public static final String RAW = "raw";
  private static final int ATTEMPTS = 8;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Task TASK = new Task(TASK_ID, RaftTraceConverter.ACTIONS, Map.of("etcd", EtcdSources.ETCD_VERSION),
      ATTEMPTS, "a run that reached the scenario's goal and could be mapped", "etcd-raft driver source");

  /** Builds into the default cache against etcd 3.5.16 and Debian's Go packages, with go from the PATH. */
  public EtcdRaftRecorder() {
    super(TASK, DriverBuild.defaults(), DriverBuild::defaultsFor);
  }

  public EtcdRaftRecorder(DriverBuild build) {
    super(TASK, build, null);
  }

  @Override
  public int scenarios() {
    return Scenario.values().length;
  }

  @Override
  protected void prepare(Path outDir) throws IOException {
    Files.createDirectories(outDir.resolve(RAW));
  }

  @Override
  protected String traceName(int index) {
    return "trace " + index + " (" + scenario(index).id() + ")";
  }

  private static Scenario scenario(int index) {
    return Scenario.values()[index % Scenario.values().length];
  }

  @Override
  protected Accepted attempt(Path binary, Path outDir, int index, long traceSeed) throws IOException, InterruptedException {
    Scenario scenario = scenario(index);
    List<String> lines = DriverBuild.run(binary, traceSeed, scenario, TIMEOUT);
    DriverLog log = DriverLog.parse(lines);
    RaftTraceConverter.Conversion conversion = new RaftTraceConverter().convert(log, scenario.nodes());
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
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("scenario", scenario.id());
    setup.put("nodes", scenario.nodes());
    setup.put("rounds", log.end().get("rounds"));
    setup.put("crashes", log.end().get("crashes"));
    setup.put("proposals", log.end().get("proposals"));
    setup.put("constants", conversion.constants());
    return new Accepted(file, meta, conversion.events(), setup);
  }
}
