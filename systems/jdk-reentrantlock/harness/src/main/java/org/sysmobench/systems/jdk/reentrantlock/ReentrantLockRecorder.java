package org.sysmobench.systems.jdk.reentrantlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sysmobench.systems.kit.DriverRecorder;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.systems.kit.coverage.ModelledCode.ModelledClass;
import org.sysmobench.trace.TraceEvent;

/**
 * Records {@code jdk-reentrantlock} traces: the seeded {@link LockDriver} runs under the tracer agent;
 * its raw events are converted by {@link LockTraceConverter} into {@code NN-<threads>t-<mode>.ndjson}. A
 * seed whose recording cannot be explained honestly (see {@link FailurePlacement}) is refused.
 */
public final class ReentrantLockRecorder extends DriverRecorder {
  public static final String TASK_ID = "jdk-reentrantlock";
  static final List<String> ACTIONS = List.of("Lock", "TryLock", "TryLockFail", "Unlock", "Park", "Unpark");

  private static final String LOCKS = "java.util.concurrent.locks.";
  /**
   * The code the task models: acquiring (first time and re-entry, fair and non-fair, the one-shot
   * tryLock), releasing, queueing, parking and waking. Interruptible and timed acquisition, conditions
   * and cancellation are out of the task's scope; their branches inside {@code acquire} stay missed.
   */
  static final ModelledCode MODELLED = ModelledCode.of(
      ModelledClass.of(LOCKS + "ReentrantLock", "lock", "tryLock/0", "unlock"),
      ModelledClass.of(LOCKS + "ReentrantLock$Sync", "lock", "tryLock", "tryRelease"),
      ModelledClass.of(LOCKS + "ReentrantLock$NonfairSync", "initialTryLock", "tryAcquire"),
      ModelledClass.of(LOCKS + "ReentrantLock$FairSync", "initialTryLock", "tryAcquire"),
      ModelledClass.of(LOCKS + "AbstractQueuedSynchronizer", "acquire", "release", "signalNext", "tryInitializeHead",
          "hasQueuedPredecessors"),
      ModelledClass.of(LOCKS + "LockSupport", "park/1", "unpark"));

  public ReentrantLockRecorder() {
    super(TASK_ID, ACTIONS, LockDriver.class, MODELLED);
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
