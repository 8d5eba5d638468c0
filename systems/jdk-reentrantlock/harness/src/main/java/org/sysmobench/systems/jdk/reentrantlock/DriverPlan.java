package org.sysmobench.systems.jdk.reentrantlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sysmobench.systems.kit.lock.LockPlan;

/**
 * The driver's steps, chosen by the seed ({@link LockPlan}: 2 or 3 threads, fair or non-fair): per thread
 * 3 to 5 steps: critical sections with re-entry up to {@link #MAX_DEPTH}, {@code tryLock()} races and
 * stray unlocks by a thread that holds nothing, with millisecond sleeps that make threads wait, park and
 * fail their {@code tryLock()}. Every thread opens with a blocking section held a few milliseconds (t1's
 * re-entered to {@link #MAX_DEPTH}), so that the others queue behind it and are woken in turn (fair: in
 * order; non-fair: a released lock may be barged).
 */
public final class DriverPlan {
  /** The deepest re-entry a script uses; traces declare it as the spec's hold bound. */
  public static final int MAX_DEPTH = 3;

  private DriverPlan() {}

  public static LockPlan<Step> fromSeed(long seed) {
    return LockPlan.fromSeed(seed, DriverPlan::steps);
  }

  private static List<Step> steps(SplittableRandom rnd, int thread) {
    int sections = 3 + rnd.nextInt(3);
    List<Step> steps = new ArrayList<>();
    // t1's opening section re-enters to the full depth (lock(), then tryLock()): both re-entries occur in every trace.
    steps.add(new Step(false, thread == 1 ? MAX_DEPTH : 1, 3 + rnd.nextInt(3), 0));
    for (int s = 1; s < sections; s++) {
      int k = rnd.nextInt(10);
      Step.Kind kind = k < 6 ? Step.Kind.SECTION : k < 9 ? Step.Kind.TRY_RACE : Step.Kind.STRAY_UNLOCK;
      boolean tryFirst = rnd.nextInt(10) < 3;
      int depth = 1 + (rnd.nextInt(10) < 6 ? 0 : 1 + rnd.nextInt(MAX_DEPTH - 1));
      steps.add(new Step(kind, tryFirst, depth, 1 + rnd.nextInt(4), rnd.nextInt(3)));
    }
    return steps;
  }
}
