package org.sysmobench.systems.kit.lock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.DriverRecorder;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.trace.TraceEvent;

/**
 * Records a JDK lock task: the seeded driver runs under the tracer agent (see {@link DriverRecorder}),
 * and each run becomes {@code NN-<threads>t-<fair|nonfair>.ndjson}, whose header gives the mode, the JDK
 * and the constants {@code Threads} (the plan's thread set) and {@code MaxHolds} (the deepest re-entry
 * the task's plans use). A seed whose recording cannot be explained honestly (see {@link
 * FailurePlacement}) is refused.
 */
public abstract class JvmLockRecorder extends DriverRecorder {
  private final int maxHolds;
  private final LongFunction<LockPlan<?>> plans;
  private final Function<Set<String>, LockEventConverter<?>> converters;

  /**
   * @param taskId the task the traces are for
   * @param actions the contract actions, in the order of the manifest's coverage table
   * @param driver the driver's main class ({@link JvmLockDriver}); it gets the trace's seed as its only argument
   * @param modelledCode the JDK code the task models
   * @param maxHolds the deepest re-entry the task's plans use: the spec's hold bound
   * @param plans the plan the driver runs with a seed
   * @param converters the converter of a run's raw events, given the plan's thread names
   */
  protected JvmLockRecorder(String taskId, List<String> actions, Class<?> driver, ModelledCode modelledCode,
      int maxHolds, LongFunction<LockPlan<?>> plans, Function<Set<String>, LockEventConverter<?>> converters) {
    super(taskId, actions, driver, modelledCode);
    this.maxHolds = maxHolds;
    this.plans = plans;
    this.converters = converters;
  }

  @Override
  protected final Converted convert(int index, long seed, List<TraceEvent> raw) {
    LockPlan<?> plan = plans.apply(seed);
    Set<String> threads = plan.threadNames();
    List<ContractEvent> events = converters.apply(threads).convert(raw);
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("Threads", plan.threadSetTla());
    constants.put("MaxHolds", Integer.toString(maxHolds));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("fair", plan.fair());
    meta.put("jdk", System.getProperty("java.version"));
    meta.put("constants", constants);
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("threads", threads.size());
    setup.put("fair", plan.fair());
    String file = String.format("%02d-%dt-%s.ndjson", index, threads.size(), plan.fair() ? "fair" : "nonfair");
    return new Converted(file, events, meta, setup);
  }
}
