package org.sysmobench.systems.rust.spin;

/**
 * One line of the driver's log: the global sequence number, the thread ({@code t1}..), what happened.
 *
 * @param seq the driver's global sequence number (consistent with the real order of lock hand-overs)
 * @param thread the driver thread, named as the contract's node
 * @param kind the raw event
 */
public record RawEvent(long seq, String thread, Kind kind) {

  /** The driver's raw events (see the driver's {@code main.rs} for where each is taken). */
  public enum Kind {
    /** Entry of {@code lock()}: the thread starts spinning for the lock. */
    LockCalled,
    /** Exit of {@code lock()}: the thread holds the lock. */
    Locked,
    /** Entry of {@code try_lock()}: only bounds where a failed attempt can be placed. */
    TryLockCalled,
    /** Exit of a successful {@code try_lock()}: the thread holds the lock. */
    TryLocked,
    /** Exit of a failed {@code try_lock()}. */
    TryLockFailed,
    /** Just before the guard is dropped: the thread still holds the lock. */
    Unlocking
  }
}
