package org.sysmobench.systems.jdk.rwlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sysmobench.systems.kit.DriverRecorder;
import org.sysmobench.trace.TraceEvent;

/**
 * Records {@code jdk-rwlock} traces: the seeded {@link RwLockDriver} runs under the tracer agent; its raw
 * events are converted by {@link RwTraceConverter} into {@code NN-<threads>t-<mode>.ndjson}. A seed whose
 * recording cannot be explained honestly is refused.
 */
public final class ReadWriteLockRecorder extends DriverRecorder {
  public static final String TASK_ID = "jdk-rwlock";
  static final List<String> ACTIONS = List.of("ReadLock", "TryReadLock", "TryReadLockFail", "ReadUnlock", "WriteLock",
      "TryWriteLock", "TryWriteLockFail", "WriteUnlock", "Park", "Unpark");

  public ReadWriteLockRecorder() {
    super(TASK_ID, ACTIONS, RwLockDriver.class);
  }

  @Override
  protected Converted convert(int index, long seed, List<TraceEvent> raw) {
    RwDriverPlan plan = RwDriverPlan.fromSeed(seed);
    Set<String> threads = plan.threads().stream().map(RwDriverPlan.Script::name).collect(Collectors.toSet());
    var events = new RwTraceConverter(threads).convert(raw);
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("Threads", plan.threadSetTla());
    constants.put("MaxHolds", Integer.toString(RwDriverPlan.MAX_DEPTH));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("fair", plan.fair());
    meta.put("jdk", System.getProperty("java.version"));
    meta.put("constants", constants);
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("threads", threads.size());
    setup.put("fair", plan.fair());
    String file = String.format("%02d-%dt-%s.ndjson", index, threads.size(), plan.fair() ? "fair" : "nonfair");
    return new Converted(file, events, meta, setup);
  }
}
