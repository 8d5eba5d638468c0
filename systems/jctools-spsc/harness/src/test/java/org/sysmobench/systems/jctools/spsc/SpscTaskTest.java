package org.sysmobench.systems.jctools.spsc;

import org.sysmobench.check.kit.TracedTaskTests;

/**
 * The task is sound against the real JCTools SpscArrayQueue: traces recorded now under the real agent are explained by the
 * reference spec (100% on every phase, real SANY and TLC), every mutant loses where the task says it
 * does, the committed traces are explained too and meet the task's coverage floor (all in
 * {@link TracedTaskTests}).
 */
class SpscTaskTest extends TracedTaskTests {
  @Override
  protected String taskId() {
    return "jctools-spsc";
  }
}
