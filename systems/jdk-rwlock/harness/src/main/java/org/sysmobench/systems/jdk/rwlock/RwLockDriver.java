package org.sysmobench.systems.jdk.rwlock;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.sysmobench.systems.kit.lock.JvmLockDriver;
import org.sysmobench.systems.kit.lock.LockPlan;

/**
 * Child-JVM main: runs the {@link RwDriverPlan} of a seed against one JDK {@code ReentrantReadWriteLock}
 * while the agent records (see {@link JvmLockDriver}). Never upgrades (read to write), which the JDK lock
 * does not support and would deadlock. Exit code 0 when all threads finished with the lock free, 1
 * otherwise.
 */
public final class RwLockDriver extends JvmLockDriver<ReentrantReadWriteLock, Section> {
  public static void main(String[] args) throws InterruptedException {
    int code = new RwLockDriver().run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  private RwLockDriver() {
    super(RwDriverPlan::fromSeed, ReentrantReadWriteLock::new);
  }

  @Override
  protected void beforeSteps(ReentrantReadWriteLock rw, LockPlan.ThreadScript<Section> script) {
    if (!script.name().equals("t1")) {
      // t1 takes the write lock first and holds it 40 ms (see RwDriverPlan); the others start 15 ms
      // later, because the first events of a JVM are recorded slowly (the recorder warms up) and an
      // acquisition recorded late would make an early failed tryLock look impossible.
      sleep(15);
    }
  }

  @Override
  protected void perform(ReentrantReadWriteLock rw, Section s) {
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
  }

  @Override
  protected boolean isFree(ReentrantReadWriteLock lock) {
    return !lock.isWriteLocked() && lock.getReadLockCount() == 0;
  }

  @Override
  protected String failure(List<Throwable> failures, ReentrantReadWriteLock lock) {
    return "driver failed: " + failures + " write-locked=" + lock.isWriteLocked() + " reads=" + lock.getReadLockCount();
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
}
