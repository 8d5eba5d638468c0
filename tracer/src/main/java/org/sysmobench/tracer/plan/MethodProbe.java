package org.sysmobench.tracer.plan;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Record an event when a method of a {@link ClassTarget} is entered or exited.
 *
 * @param method the method name (constructors are not supported)
 * @param arity the number of parameters, if it must be pinned (overloads)
 * @param phase at entry or at exit
 * @param event the event name written to the trace; empty for a probe that only binds the thread's node
 * @param captures event field name to expression, in output order
 * @param onThrow at exit, whether an exceptional exit is recorded too (with field {@code threw})
 * @param when at exit, which return values are recorded
 * @param node overrides the class's node expression
 * @param bindThreadNode whether the node id computed at this probe is bound to the recording thread, for
 *     later probes whose node expression is {@code threadNode}
 */
public record MethodProbe(String method, OptionalInt arity, Phase phase, Optional<String> event, Map<String, ValuePath> captures,
    boolean onThrow, ResultFilter when, Optional<ValuePath> node, boolean bindThreadNode) {
  public MethodProbe {
    captures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(captures));
  }
}
