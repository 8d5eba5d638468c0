package org.sysmobench.systems.jctools.spsc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.DriverRecorder;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.systems.kit.coverage.ModelledCode.ModelledClass;
import org.sysmobench.trace.TraceEvent;

/**
 * Records {@code jctools-spsc} traces: the seeded {@link SpscDriver} runs under the tracer agent; its raw
 * events are linearized ({@link SpscLinearizer}) into {@code NN-<values>v.ndjson}. A seed whose
 * recording cannot be explained is refused.
 */
public final class SpscRecorder extends DriverRecorder {
  public static final String TASK_ID = "jctools-spsc";
  static final List<String> ACTIONS = List.of("Offer", "OfferFull", "Poll", "PollEmpty");
  /** The JCTools version the pom pins (jctools.version). */
  static final String JCTOOLS_VERSION = "4.0.5";

  /** The code the task models: offer (with its look-ahead slow path) and poll. */
  static final ModelledCode MODELLED = ModelledCode.of(
      ModelledClass.of("org.jctools.queues.SpscArrayQueue", "offer", "offerSlowPath", "poll"));

  public SpscRecorder() {
    super(TASK_ID, ACTIONS, SpscDriver.class, MODELLED);
  }

  @Override
  protected Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("jctools", JCTOOLS_VERSION);
    provenance.put("jdk", System.getProperty("java.version"));
    return provenance;
  }

  @Override
  protected Converted convert(int index, long seed, List<TraceEvent> raw) {
    SpscPlan plan = SpscPlan.fromSeed(seed);
    var events = new SpscLinearizer(SpscPlan.CAPACITY).linearize(raw);
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("Capacity", Integer.toString(SpscPlan.CAPACITY));
    constants.put("MaxValue", Integer.toString(plan.values()));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("jctools", JCTOOLS_VERSION);
    meta.put("constants", constants);
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("values", plan.values());
    setup.put("capacity", SpscPlan.CAPACITY);
    return new Converted(String.format("%02d-%dv.ndjson", index, plan.values()), events, meta, setup);
  }
}
