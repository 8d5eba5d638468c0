package org.sysmobench.systems.kit.lock;

/** A step of a lock driver's thread: what {@link JvmLockDriver} needs of every task's step. */
public interface DriverStep {
  /** How long the thread sleeps after the step, so that the threads' steps interleave differently. */
  int gapMs();
}
