package org.sysmobench.systems.jdk.reentrantlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Child-JVM main: runs the {@link DriverPlan} of a seed against one JDK {@code ReentrantLock} while the
 * tracer agent records. Worker threads touch nothing of {@code java.util.concurrent} but the lock (no
 * latches or pools, whose parks would mix with the lock's), and they never print. Exit code 0 when every
 * thread finished, 1 otherwise.
 */
public final class LockDriver {
  private LockDriver() {}

  public static void main(String[] args) throws InterruptedException {
    DriverPlan plan = DriverPlan.fromSeed(Long.parseLong(args[0]));
    ReentrantLock lock = new ReentrantLock(plan.fair());
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (DriverPlan.ThreadScript script : plan.threads()) {
      Thread t = new Thread(() -> run(lock, script), script.name());
      t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
      threads.add(t);
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty() || lock.isLocked()) {
      System.err.println("driver failed: " + failures + (lock.isLocked() ? " (lock left held)" : ""));
      System.exit(1);
    }
  }

  private static void run(ReentrantLock lock, DriverPlan.ThreadScript script) {
    for (Step step : script.steps()) {
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
      sleep(step.gapMs());
    }
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

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("driver thread interrupted", e);
    }
  }
}
