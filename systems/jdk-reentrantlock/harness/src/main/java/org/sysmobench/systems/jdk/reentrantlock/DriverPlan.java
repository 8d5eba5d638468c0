package org.sysmobench.systems.jdk.reentrantlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the driver does, chosen entirely by a seed, so that the parent (for the manifest) and the child
 * (to run it) derive the same plan: 2 or 3 threads {@code t1..t3}, fair or non-fair mode, and per
 * thread 3 to 5 steps: critical sections with re-entry up to {@link #MAX_DEPTH}, {@code tryLock()}
 * races and stray unlocks by a thread that holds nothing, with millisecond sleeps that make threads
 * wait, park and fail their {@code tryLock()}. Every thread opens with a blocking section held a few
 * milliseconds (t1's re-entered to {@link #MAX_DEPTH}), so that the others queue behind it and are woken
 * in turn (fair: in order; non-fair: a released lock may be barged). Interleavings still vary between
 * runs: the seed fixes the script, the JVM schedules it.
 */
public record DriverPlan(long seed, boolean fair, List<ThreadScript> threads) {
  /** The deepest re-entry a script uses; traces declare it as the spec's hold bound. */
  public static final int MAX_DEPTH = 3;

  /** One thread's name and its critical sections in order. */
  public record ThreadScript(String name, List<Step> steps) {
    public ThreadScript {
      steps = List.copyOf(steps);
    }
  }

  public DriverPlan {
    threads = List.copyOf(threads);
  }

  public static DriverPlan fromSeed(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(2);
    boolean fair = rnd.nextBoolean();
    List<ThreadScript> scripts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      int sections = 3 + rnd.nextInt(3);
      List<Step> steps = new ArrayList<>();
      // t1's opening section re-enters to the full depth (lock(), then tryLock()): both re-entries occur in every trace.
      steps.add(new Step(false, i == 1 ? MAX_DEPTH : 1, 3 + rnd.nextInt(3), 0));
      for (int s = 1; s < sections; s++) {
        int k = rnd.nextInt(10);
        Step.Kind kind = k < 6 ? Step.Kind.SECTION : k < 9 ? Step.Kind.TRY_RACE : Step.Kind.STRAY_UNLOCK;
        boolean tryFirst = rnd.nextInt(10) < 3;
        int depth = 1 + (rnd.nextInt(10) < 6 ? 0 : 1 + rnd.nextInt(MAX_DEPTH - 1));
        steps.add(new Step(kind, tryFirst, depth, 1 + rnd.nextInt(4), rnd.nextInt(3)));
      }
      scripts.add(new ThreadScript("t" + i, steps));
    }
    return new DriverPlan(seed, fair, scripts);
  }

  /** The TLA+ value of the thread set, e.g. {@code {"t1", "t2"}}. */
  public String threadSetTla() {
    return threads.stream().map(t -> "\"" + t.name() + "\"").reduce((a, b) -> a + ", " + b)
        .map(s -> "{" + s + "}").orElse("{}");
  }
}
