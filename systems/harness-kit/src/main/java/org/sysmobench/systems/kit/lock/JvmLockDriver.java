package org.sysmobench.systems.kit.lock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The child-JVM side of a lock task: runs the {@link LockPlan} of a seed against one lock while the
 * tracer agent records, one platform thread per script, each performing its steps with the step's gap
 * after it. Worker threads touch nothing of {@code java.util.concurrent} but the lock (no latches or pools,
 * whose parks would mix with the lock's), and they never print. A subclass performs its steps and says
 * what "left free" means; its {@code main} calls {@link #run(String[])}.
 *
 * @param <L> the lock
 * @param <T> a step of the task's driver
 */
public abstract class JvmLockDriver<L, T extends DriverStep> {
  private final LongFunction<LockPlan<T>> plans;
  private final Function<Boolean, L> locks;

  /**
   * @param plans the plan of a seed, as the recorder derives it too
   * @param locks a fresh lock in the plan's mode (true: fair)
   */
  protected JvmLockDriver(LongFunction<LockPlan<T>> plans, Function<Boolean, L> locks) {
    this.plans = plans;
    this.locks = locks;
  }

  /** Runs before a thread's first step (nothing by default). */
  protected void beforeSteps(L lock, LockPlan.ThreadScript<T> script) {}

  /** Performs one step on the calling thread (without its gap). */
  protected abstract void perform(L lock, T step);

  /** Whether nothing holds the lock any more. */
  protected abstract boolean isFree(L lock);

  /** What stderr says about a run that failed: the workers' exceptions and the lock's state. */
  protected abstract String failure(List<Throwable> failures, L lock);

  /**
   * Runs the plan of the seed in {@code args[0]}.
   *
   * @return 0 when every thread finished and left the lock free, 1 otherwise (after telling stderr why)
   */
  protected final int run(String[] args) throws InterruptedException {
    LockPlan<T> plan = plans.apply(Long.parseLong(args[0]));
    L lock = locks.apply(plan.fair());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (LockPlan.ThreadScript<T> script : plan.threads()) {
      Thread t = new Thread(() -> runScript(lock, script), script.name());
      t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
      threads.add(t);
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty() || !isFree(lock)) {
      System.err.println(failure(failures, lock));
      return 1;
    }
    return 0;
  }

  private void runScript(L lock, LockPlan.ThreadScript<T> script) {
    beforeSteps(lock, script);
    for (T step : script.steps()) {
      perform(lock, step);
      sleep(step.gapMs());
    }
  }

  /** Sleeps on a worker thread; an interrupt fails the run. */
  protected static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("driver thread interrupted", e);
    }
  }
}
