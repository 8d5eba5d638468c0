package org.sysmobench.systems.rust.spin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.nativedriver.NativeDriverRecorder;

/**
 * Records {@code rust-spin} traces: builds the driver once ({@link DriverBuild}), runs it once per trace with
 * a derived seed (2 or 3 threads, alternating), converts its log ({@link SpinTraceConverter}) and writes
 * {@code NN-<threads>t.ndjson} plus {@code manifest.json}.
 *
 * <p>A run that cannot be explained honestly, or in which the threads never contended (no waiter spun
 * and no attempt failed: the OS may run the threads one after another), is refused and the next derived
 * seed is tried, at most {@value #ATTEMPTS} times ({@link NativeDriverRecorder}); the manifest lists refused
 * seeds and why.
 */
public final class RustSpinRecorder extends NativeDriverRecorder {
  public static final String TASK_ID = "rust-spin";
  static final List<String> ACTIONS = List.of("BeginLock", "Lock", "TryLock", "TryLockFail", "Unlock");
  private static final int ATTEMPTS = 12;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Task TASK = new Task(TASK_ID, ACTIONS, Map.of("spin", DriverBuild.SPIN_VERSION), ATTEMPTS,
      "a contended, explainable run", "rust-spin driver sources");

  /** Builds into the default cache against Debian's registry, with cargo from the PATH. */
  public RustSpinRecorder() {
    super(TASK, DriverBuild.defaults(), DriverBuild::defaultsFor);
  }

  public RustSpinRecorder(DriverBuild build) {
    super(TASK, build, null);
  }

  @Override
  protected Accepted attempt(Path binary, Path outDir, int index, long traceSeed) throws IOException, InterruptedException {
    int threads = 2 + index % 2;
    // Fewer operations per thread with three threads keeps every trace near 50 events.
    int ops = threads == 2 ? 8 : 6;
    List<ContractEvent> events = new SpinTraceConverter().convert(DriverLog.parse(DriverBuild.run(binary, traceSeed,
        threads, ops, TIMEOUT)));
    int spun = spunWaits(events);
    if (spun == 0 && events.stream().noneMatch(e -> e.action().equals("TryLockFail"))) {
      throw new RecordingFailedException("no contention (no waiter spun, no attempt failed)");
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
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("threads", threads);
    setup.put("ops", ops);
    setup.put("spunWaits", spun);
    return new Accepted(file, meta, events, setup);
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
