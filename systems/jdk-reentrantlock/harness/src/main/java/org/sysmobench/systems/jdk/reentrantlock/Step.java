package org.sysmobench.systems.jdk.reentrantlock;

import org.sysmobench.systems.kit.lock.DriverStep;

/**
 * One step of a driver thread.
 *
 * @param kind what the step does
 * @param tryFirst for a {@link Kind#SECTION}: the outermost acquisition is {@code tryLock()} (and the section
 *     is skipped if it fails) rather than {@code lock()}
 * @param depth how many times the lock is held at once (1 = no re-entry); re-entries alternate
 *     {@code lock()} and {@code tryLock()}
 * @param holdMs how long the step sleeps while holding the lock, so that other threads contend
 * @param gapMs how long the thread sleeps after the step
 */
public record Step(Kind kind, boolean tryFirst, int depth, int holdMs, int gapMs) implements DriverStep {
  /** What a step does. */
  public enum Kind {
    /** a critical section: lock (or one tryLock), re-entries, hold, release every level */
    SECTION,
    /** tryLock() again and again without waiting (a race with the other threads) until it succeeds or gives up */
    TRY_RACE,
    /** unlock() by a thread that does not hold the lock: the JDK throws and nothing changes */
    STRAY_UNLOCK
  }

  /** Attempts of a {@link Kind#TRY_RACE} before it gives up. */
  public static final int RACE_ATTEMPTS = 6;

  public Step {
    if (depth < 1 || holdMs < 0 || gapMs < 0) {
      throw new IllegalArgumentException("bad step " + depth + "/" + holdMs + "/" + gapMs);
    }
  }

  public Step(boolean tryFirst, int depth, int holdMs, int gapMs) {
    this(Kind.SECTION, tryFirst, depth, holdMs, gapMs);
  }
}
