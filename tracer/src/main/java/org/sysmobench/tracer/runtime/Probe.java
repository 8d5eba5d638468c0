package org.sysmobench.tracer.runtime;

import org.sysmobench.tracer.plan.CallSiteProbe;
import org.sysmobench.tracer.plan.MethodProbe;
import org.sysmobench.tracer.plan.ValuePath;

/** One woven recording point with the id the woven code passes back. */
public sealed interface Probe {
  /** The id, an index into the {@link ProbeTable}. */
  int id();

  /** The class the probe is woven into. */
  String className();

  /** How the node id is found for this probe's events. */
  ValuePath node();

  /**
   * A method entry or exit probe.
   *
   * @param id the id
   * @param className the class
   * @param node the node expression
   * @param spec the probe from the plan
   */
  record OnMethod(int id, String className, ValuePath node, MethodProbe spec) implements Probe {}

  /**
   * A call-site probe.
   *
   * @param id the id
   * @param className the class
   * @param node the node expression
   * @param spec the probe from the plan
   */
  record OnCallSite(int id, String className, ValuePath node, CallSiteProbe spec) implements Probe {}
}
