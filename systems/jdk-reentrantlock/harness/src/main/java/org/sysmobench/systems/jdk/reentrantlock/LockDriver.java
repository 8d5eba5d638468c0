package org.sysmobench.systems.jdk.reentrantlock;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sysmobench.systems.kit.lock.JvmLockDriver;

/**
 * Child-JVM main: runs the {@link DriverPlan} of a seed against one JDK {@code ReentrantLock} while the
 * tracer agent records (see {@link JvmLockDriver}). Exit code 0 when every thread finished, 1 otherwise.
 */
public final class LockDriver extends JvmLockDriver<ReentrantLock, Step> {
  public static void main(String[] args) throws InterruptedException {
    int code = new LockDriver().run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  private LockDriver() {
    super(DriverPlan::fromSeed, ReentrantLock::new);
  }

  @Override
  protected void perform(ReentrantLock lock, Step step) {
    boolean held = switch (step.kind()) {
      case SECTION -> step.tryFirst() ? lock.tryLock() : acquire(lock);
      case TRY_RACE -> race(lock);
      case STRAY_UNLOCK -> {
        strayUnlock(lock);
        yield false;
      }
    };
    if (held) {
      for (int d = 1; d < step.depth(); d++) {
        if (d % 2 == 1) {
          lock.lock();
        } else if (!lock.tryLock()) {
          throw new IllegalStateException("re-entrant tryLock failed");
        }
      }
      sleep(step.holdMs());
      for (int d = 0; d < step.depth(); d++) {
        lock.unlock();
      }
    }
  }

  @Override
  protected boolean isFree(ReentrantLock lock) {
    return !lock.isLocked();
  }

  @Override
  protected String failure(List<Throwable> failures, ReentrantLock lock) {
    return "driver failed: " + failures + (lock.isLocked() ? " (lock left held)" : "");
  }

  /** tryLock() back to back until it succeeds, at most {@link Step#RACE_ATTEMPTS} times. */
  private static boolean race(ReentrantLock lock) {
    for (int i = 0; i < Step.RACE_ATTEMPTS; i++) {
      if (lock.tryLock()) {
        return true;
      }
      Thread.onSpinWait();
    }
    return false;
  }

  /** unlock() without holding the lock: the JDK refuses it (the owner check of tryRelease) and nothing changes. */
  private static void strayUnlock(ReentrantLock lock) {
    try {
      lock.unlock();
      throw new IllegalStateException("unlock() by a thread that holds nothing did not throw");
    } catch (IllegalMonitorStateException expected) {
      // what the JDK does: the lock is untouched
    }
  }

  private static boolean acquire(ReentrantLock lock) {
    lock.lock();
    return true;
  }
}
