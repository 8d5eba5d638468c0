package org.sysmobench.systems.kit.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * What a lock driver does, chosen entirely by a seed, so that the parent (for the manifest and the
 * trace's constants) and the child (to run it) derive the same plan: 2 or 3 threads {@code t1..t3}, fair
 * or non-fair mode, and per thread the steps its task chooses. Interleavings still vary between runs:
 * the seed fixes the script, the JVM schedules it.
 *
 * @param <T> a step of the task's driver
 */
public record LockPlan<T>(long seed, boolean fair, List<ThreadScript<T>> threads) {
  /** One thread's name and its steps in order. */
  public record ThreadScript<T>(String name, List<T> steps) {
    public ThreadScript {
      steps = List.copyOf(steps);
    }
  }

  /** Chooses one thread's steps; called once per thread, in order, with the plan's random source. */
  @FunctionalInterface
  public interface StepChooser<T> {
    /**
     * @param rnd the plan's random source, after the thread count, the mode and the earlier threads' steps
     * @param thread the thread's number, 1 for {@code t1}
     */
    List<T> steps(SplittableRandom rnd, int thread);
  }

  public LockPlan {
    threads = List.copyOf(threads);
  }

  /** The plan of {@code seed}: the thread count, then the mode, then each thread's steps. */
  public static <T> LockPlan<T> fromSeed(long seed, StepChooser<T> chooser) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(2);
    boolean fair = rnd.nextBoolean();
    List<ThreadScript<T>> scripts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      scripts.add(new ThreadScript<>("t" + i, chooser.steps(rnd, i)));
    }
    return new LockPlan<>(seed, fair, scripts);
  }

  /** The thread names, which are the contract's node ids. */
  public Set<String> threadNames() {
    return threads.stream().map(ThreadScript::name).collect(Collectors.toSet());
  }

  /** The TLA+ value of the thread set, e.g. {@code {"t1", "t2"}}. */
  public String threadSetTla() {
    return threads.stream().map(t -> "\"" + t.name() + "\"").reduce((a, b) -> a + ", " + b)
        .map(s -> "{" + s + "}").orElse("{}");
  }
}
