package org.sysmobench.tracer.runtime;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.tracer.plan.CallSiteProbe;
import org.sysmobench.tracer.plan.ClassTarget;
import org.sysmobench.tracer.plan.InstrumentationPlan;
import org.sysmobench.tracer.plan.MethodProbe;

/**
 * Numbers the plan's probes. Woven code carries only the number (a constant in the bytecode), which keeps
 * the woven code tiny and independent of the plan's classes.
 */
public final class ProbeTable {
  private final List<Probe> probes;

  private ProbeTable(List<Probe> probes) {
    this.probes = List.copyOf(probes);
  }

  /** Numbers every probe of the plan, resolving each probe's node expression. */
  public static ProbeTable of(InstrumentationPlan plan) {
    List<Probe> list = new ArrayList<>();
    for (ClassTarget c : plan.classes()) {
      for (MethodProbe m : c.methods()) {
        list.add(new Probe.OnMethod(list.size(), c.className(), m.node().or(c::node).orElse(plan.node()), m));
      }
      for (CallSiteProbe s : c.callSites()) {
        list.add(new Probe.OnCallSite(list.size(), c.className(), s.node().or(c::node).orElse(plan.node()), s));
      }
    }
    return new ProbeTable(list);
  }

  /** The probe with this id. */
  public Probe get(int id) {
    return probes.get(id);
  }

  /** All probes in id order. */
  public List<Probe> all() {
    return probes;
  }
}
