package org.sysmobench.tracer.plan;

import java.util.List;
import java.util.Optional;

/**
 * The probes of one class.
 *
 * @param className the binary name ({@code a.b.Outer$Inner})
 * @param node how to find the node id for events of this class, if not the plan's default
 * @param methods method entry/exit probes
 * @param callSites call-site probes
 */
public record ClassTarget(String className, Optional<ValuePath> node, List<MethodProbe> methods, List<CallSiteProbe> callSites) {
  public ClassTarget {
    methods = List.copyOf(methods);
    callSites = List.copyOf(callSites);
  }
}
