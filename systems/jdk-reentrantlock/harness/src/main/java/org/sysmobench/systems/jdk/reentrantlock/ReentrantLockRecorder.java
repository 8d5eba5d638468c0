package org.sysmobench.systems.jdk.reentrantlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sysmobench.systems.kit.DriverRecorder;
import org.sysmobench.trace.TraceEvent;

/**
 * Records {@code jdk-reentrantlock} traces: the seeded {@link LockDriver} runs under the tracer agent;
 * its raw events are converted by {@link LockTraceConverter} into {@code NN-<threads>t-<mode>.ndjson}. A
 * seed whose recording cannot be explained honestly (see {@link FailurePlacement}) is refused.
 */
public final class ReentrantLockRecorder extends DriverRecorder {
  public static final String TASK_ID = "jdk-reentrantlock";
  static final List<String> ACTIONS = List.of("Lock", "TryLock", "TryLockFail", "Unlock", "Park", "Unpark");

  public ReentrantLockRecorder() {
    super(TASK_ID, ACTIONS, LockDriver.class);
  }

  @Override
  protected Converted convert(int index, long seed, List<TraceEvent> raw) {
    DriverPlan plan = DriverPlan.fromSeed(seed);
    Set<String> threads = plan.threads().stream().map(DriverPlan.ThreadScript::name).collect(Collectors.toSet());
    var events = new LockTraceConverter(threads).convert(raw);
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("Threads", plan.threadSetTla());
    constants.put("MaxHolds", Integer.toString(DriverPlan.MAX_DEPTH));
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
