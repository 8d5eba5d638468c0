package org.sysmobench.systems.jdk.rwlock;

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
 * Records {@code jdk-rwlock} traces: the seeded {@link RwLockDriver} runs under the tracer agent; its raw
 * events are converted by {@link RwTraceConverter} into {@code NN-<threads>t-<mode>.ndjson}. A seed whose
 * recording cannot be explained honestly is refused.
 */
public final class ReadWriteLockRecorder extends DriverRecorder {
  public static final String TASK_ID = "jdk-rwlock";
  static final List<String> ACTIONS = List.of("ReadLock", "TryReadLock", "TryReadLockFail", "ReadUnlock", "WriteLock",
      "TryWriteLock", "TryWriteLockFail", "WriteUnlock", "Park", "Unpark");

  private static final String LOCKS = "java.util.concurrent.locks.";
  private static final String RW = LOCKS + "ReentrantReadWriteLock$";
  /**
   * The code the task models: read and write acquisition (blocking and one-shot), release, the fair and
   * non-fair blocking rules, queueing, parking and waking. Interruptible and timed acquisition,
   * conditions and cancellation are out of the task's scope; their branches inside {@code acquire} stay missed.
   */
  static final ModelledCode MODELLED = ModelledCode.of(
      ModelledClass.of(RW + "ReadLock", "lock", "tryLock/0", "unlock"),
      ModelledClass.of(RW + "WriteLock", "lock", "tryLock/0", "unlock"),
      ModelledClass.of(RW + "Sync", "tryAcquire", "tryRelease", "tryAcquireShared", "fullTryAcquireShared",
          "tryReleaseShared", "tryWriteLock", "tryReadLock"),
      ModelledClass.of(RW + "NonfairSync", "writerShouldBlock", "readerShouldBlock"),
      ModelledClass.of(RW + "FairSync", "writerShouldBlock", "readerShouldBlock"),
      ModelledClass.of(LOCKS + "AbstractQueuedSynchronizer", "acquire", "acquireShared", "release", "releaseShared",
          "signalNext", "signalNextIfShared", "tryInitializeHead", "hasQueuedPredecessors",
          "apparentlyFirstQueuedIsExclusive"),
      ModelledClass.of(LOCKS + "LockSupport", "park/1", "unpark"));

  public ReadWriteLockRecorder() {
    super(TASK_ID, ACTIONS, RwLockDriver.class, MODELLED);
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
