package org.sysmobench.systems.jdk.rwlock;

import java.util.List;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.systems.kit.coverage.ModelledCode.ModelledClass;
import org.sysmobench.systems.kit.lock.JvmLockRecorder;

/**
 * Records {@code jdk-rwlock} traces: the seeded {@link RwLockDriver} runs under the tracer agent; its raw
 * events are converted by {@link RwTraceConverter} (file names and headers as {@link JvmLockRecorder}
 * writes them).
 */
public final class ReadWriteLockRecorder extends JvmLockRecorder {
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
    super(TASK_ID, ACTIONS, RwLockDriver.class, MODELLED, RwDriverPlan.MAX_DEPTH, RwDriverPlan::fromSeed,
        RwTraceConverter::new);
  }
}
