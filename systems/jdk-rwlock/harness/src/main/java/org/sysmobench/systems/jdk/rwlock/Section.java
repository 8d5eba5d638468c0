package org.sysmobench.systems.jdk.rwlock;

import org.sysmobench.systems.kit.lock.DriverStep;

/**
 * One critical section of a driver thread.
 *
 * @param kind what the section takes
 * @param tryFirst the outermost acquisition is {@code tryLock()} (the section is skipped if it fails)
 * @param depth how many times the section's lock is held at once (re-entry)
 * @param holdMs sleep while holding, so that others contend
 * @param gapMs sleep after the section
 */
public record Section(Kind kind, boolean tryFirst, int depth, int holdMs, int gapMs) implements DriverStep {
  /** What a section takes. */
  public enum Kind {
    /** the read lock */
    READ,
    /** the write lock */
    WRITE,
    /** the write lock, then the read lock, then releases the write lock and goes on reading */
    DOWNGRADE,
    /** the read lock, then a write tryLock, which fails (the JDK does not upgrade), then the read unlock */
    UPGRADE_ATTEMPT,
    /** a read unlock by a thread that reads nothing: the JDK throws and nothing changes */
    STRAY_UNLOCK
  }
}
