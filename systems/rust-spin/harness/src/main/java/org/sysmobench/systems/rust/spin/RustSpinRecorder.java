package org.sysmobench.systems.rust.spin;

import java.io.IOException;
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
import org.sysmobench.trace.Prerequisite;

/**
 * Records {@code rust-spin} traces: builds the driver once ({@link DriverBuild}), runs it once per trace with
 * a derived seed (2 or 3 threads, alternating), converts its log ({@link SpinTraceConverter}) and writes
 * {@code NN-<threads>t.ndjson} plus {@code manifest.json}.
 *
 * <p>A run that cannot be explained honestly, or in which the threads never contended (no waiter spun
 * and no attempt failed: the OS may run the threads one after another), is refused and the next derived
 * seed is tried, at most {@value #ATTEMPTS} times; the manifest lists refused seeds and why.
 */
public final class RustSpinRecorder implements org.sysmobench.trace.TraceRecorder {
  public static final String TASK_ID = "rust-spin";
  static final List<String> ACTIONS = List.of("BeginLock", "Lock", "TryLock", "TryLockFail", "Unlock");
  private static final int ATTEMPTS = 12;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final DriverBuild build;
  /** The build follows the environment it is asked about (the default recorder), or is fixed (tests). */
  private final boolean buildFollowsEnvironment;

  /** Builds into the default cache against Debian's registry, with cargo from the PATH. */
  public RustSpinRecorder() {
    this.build = DriverBuild.defaults();
    this.buildFollowsEnvironment = true;
  }

  public RustSpinRecorder(DriverBuild build) {
    this.build = build;
    this.buildFollowsEnvironment = false;
  }

  @Override
  public String taskId() {
    return TASK_ID;
  }

  @Override
  public List<Prerequisite> prerequisites(Map<String, String> env) {
    try {
      // a built driver in that environment's cache makes cargo unnecessary
      return (buildFollowsEnvironment ? DriverBuild.defaultsFor(env) : build).prerequisites(env);
    } catch (IOException e) {
      return List.of(Prerequisite.missing("rust-spin driver sources", "unreadable from the harness jar: " + e.getMessage(),
          "rebuild sysmobench (mvn install)"));
    }
  }

  @Override
  public Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return record(outDir, count, seed, Progress.NONE);
  }

  @Override
  public Recording record(Path outDir, int count, long seed, Progress progress) throws IOException,
      InterruptedException {
    RecordingManifest m = recordWithManifest(outDir, count, seed, progress);
    return new Recording(m.traces().stream().map(t -> outDir.resolve(t.file())).toList(),
        outDir.resolve(RecordingManifest.FILE));
  }

  /** Records and returns the manifest (also written to {@code outDir/manifest.json}). */
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return recordWithManifest(outDir, count, seed, Progress.NONE);
  }

  /** Records, telling {@code progress} after each trace, and returns the manifest. */
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed, Progress progress)
      throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Path binary = build.binary();
    Files.createDirectories(outDir);
    List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(recordOne(binary, outDir, i, seed));
      progress.traceRecorded(i + 1, count);
    }
    RecordingManifest m = new RecordingManifest(TASK_ID, seed, Map.of("spin", DriverBuild.SPIN_VERSION), ACTIONS, entries);
    m.writeTo(outDir);
    return m;
  }

  private RecordingManifest.TraceEntry recordOne(Path binary, Path outDir, int index, long seed)
      throws IOException, InterruptedException {
    int threads = 2 + index % 2;
    // Fewer operations per thread with three threads keeps every trace near 50 events.
    int ops = threads == 2 ? 8 : 6;
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = Seeds.mix(seed, index * ATTEMPTS + attempt);
      List<ContractEvent> events;
      try {
        events = new SpinTraceConverter().convert(DriverLog.parse(DriverBuild.run(binary, traceSeed, threads, ops, TIMEOUT)));
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      int spun = spunWaits(events);
      if (spun == 0 && events.stream().noneMatch(e -> e.action().equals("TryLockFail"))) {
        refused.add(traceSeed + ": no contention (no waiter spun, no attempt failed)");
        continue;
      }
      String file = String.format("%02d-%dt.ndjson", index, threads);
      Map<String, Object> constants = new LinkedHashMap<>();
      constants.put("Threads", threadSet(threads));
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", TASK_ID);
      meta.put("seed", traceSeed);
      meta.put("ops", ops);
      meta.put("spin", DriverBuild.SPIN_VERSION);
      meta.put("constants", constants);
      ContractTraceFile.write(outDir.resolve(file), meta, events);
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("threads", threads);
      setup.put("ops", ops);
      setup.put("spunWaits", spun);
      return RecordingManifest.TraceEntry.counting(file, traceSeed, setup, events.stream().map(ContractEvent::action).toList(),
          refused);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS + " gave a contended, explainable run: "
        + refused);
  }

  /** {@code Lock} events of threads that were not the last to act before: someone else acted while they spun. */
  static int spunWaits(List<ContractEvent> events) {
    int n = 0;
    for (int i = 1; i < events.size(); i++) {
      ContractEvent e = events.get(i);
      ContractEvent before = events.get(i - 1);
      if (e.action().equals("Lock") && !(before.node().equals(e.node()) && before.action().equals("BeginLock"))) {
        n++;
      }
    }
    return n;
  }

  static String threadSet(int threads) {
    List<String> names = new ArrayList<>();
    for (int t = 1; t <= threads; t++) {
      names.add("\"t" + t + "\"");
    }
    return "{" + String.join(", ", names) + "}";
  }
}
