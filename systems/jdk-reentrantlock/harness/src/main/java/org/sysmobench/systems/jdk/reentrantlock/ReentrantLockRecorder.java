package org.sysmobench.systems.jdk.reentrantlock;

import java.util.List;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.systems.kit.coverage.ModelledCode.ModelledClass;
import org.sysmobench.systems.kit.lock.JvmLockRecorder;

/**
 * Records {@code jdk-reentrantlock} traces: the seeded {@link LockDriver} runs under the tracer agent;
 * its raw events are converted by {@link LockTraceConverter} (file names and headers as {@link
 * JvmLockRecorder} writes them).
 */
public final class ReentrantLockRecorder extends JvmLockRecorder {
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
    super(TASK_ID, ACTIONS, LockDriver.class, MODELLED, DriverPlan.MAX_DEPTH, DriverPlan::fromSeed,
        LockTraceConverter::new);
  }
}
