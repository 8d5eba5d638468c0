package org.sysmobench.systems.jdk.rwlock;

import org.sysmobench.check.kit.TracedTaskTests;

/**
 * The task is sound against the real JDK ReentrantReadWriteLock: traces recorded now under the real agent are explained by the
 * reference spec (100% on every phase, real SANY and TLC), every mutant loses where the task says it
 * does, the committed traces are explained too and meet the task's coverage floor (all in
 * {@link TracedTaskTests}).
 */
class ReadWriteLockTaskTest extends TracedTaskTests {
  @Override
  protected String taskId() {
    return "jdk-rwlock";
  }
}
