package org.sysmobench.systems.jdk.reentrantlock;

/**
 * One critical section of a driver thread.
 *
 * @param tryFirst the outermost acquisition is {@code tryLock()} (and the section is skipped if it fails)
 *     rather than {@code lock()}
 * @param depth how many times the lock is held at once (1 = no re-entry); re-entries alternate
 *     {@code lock()} and {@code tryLock()}
 * @param holdMs how long the section sleeps while holding the lock, so that other threads contend
 * @param gapMs how long the thread sleeps after the section
 */
public record Step(boolean tryFirst, int depth, int holdMs, int gapMs) {
  public Step {
    if (depth < 1 || holdMs < 0 || gapMs < 0) {
      throw new IllegalArgumentException("bad step " + depth + "/" + holdMs + "/" + gapMs);
    }
  }
}
