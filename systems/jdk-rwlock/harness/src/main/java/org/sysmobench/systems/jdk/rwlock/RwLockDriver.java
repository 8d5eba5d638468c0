package org.sysmobench.systems.jdk.rwlock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Child-JVM main: runs the {@link RwDriverPlan} of a seed against one JDK {@code ReentrantReadWriteLock}
 * while the agent records. Never upgrades (read to write), which the JDK lock does not support and
 * would deadlock. Worker threads use nothing of {@code java.util.concurrent} but the lock and never
 * print. Exit code 0 when all threads finished with the lock free, 1 otherwise.
 */
public final class RwLockDriver {
  private RwLockDriver() {}

  public static void main(String[] args) throws InterruptedException {
    RwDriverPlan plan = RwDriverPlan.fromSeed(Long.parseLong(args[0]));
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock(plan.fair());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (RwDriverPlan.Script s : plan.threads()) {
      Thread t = new Thread(() -> run(lock, s), s.name());
      t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
      threads.add(t);
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty() || lock.isWriteLocked() || lock.getReadLockCount() != 0) {
      System.err.println("driver failed: " + failures + " write-locked=" + lock.isWriteLocked() + " reads="
          + lock.getReadLockCount());
      System.exit(1);
    }
  }

  private static void run(ReentrantReadWriteLock rw, RwDriverPlan.Script script) {
    if (!script.name().equals("t1")) {
      // t1 takes the write lock first and holds it 40 ms (see RwDriverPlan); the others start 15 ms
      // later, because the first events of a JVM are recorded slowly (the recorder warms up) and an
      // acquisition recorded late would make an early failed tryLock look impossible.
      sleep(15);
    }
    for (Section s : script.sections()) {
      switch (s.kind()) {
        case READ -> section(rw.readLock(), s);
        case WRITE -> section(rw.writeLock(), s);
        case DOWNGRADE -> {
          rw.writeLock().lock();
          sleep(s.holdMs());
          rw.readLock().lock(); // allowed while writing: the downgrade
          rw.writeLock().unlock();
          sleep(s.holdMs());
          rw.readLock().unlock();
        }
        case UPGRADE_ATTEMPT -> {
          rw.readLock().lock();
          if (rw.writeLock().tryLock()) {
            throw new IllegalStateException("a reader's write tryLock succeeded: the JDK does not upgrade");
          }
          sleep(s.holdMs());
          rw.readLock().unlock();
        }
        case STRAY_UNLOCK -> {
          try {
            rw.readLock().unlock();
            throw new IllegalStateException("a read unlock by a thread that reads nothing did not throw");
          } catch (IllegalMonitorStateException expected) {
            // what the JDK does: the lock is untouched
          }
        }
        default -> throw new IllegalStateException("unknown section " + s.kind());
      }
      sleep(s.gapMs());
    }
  }

  private static void section(Lock lock, Section s) {
    if (s.tryFirst()) {
      if (!lock.tryLock()) {
        return;
      }
    } else {
      lock.lock();
    }
    for (int d = 1; d < s.depth(); d++) {
      lock.lock();
    }
    sleep(s.holdMs());
    for (int d = 0; d < s.depth(); d++) {
      lock.unlock();
    }
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
