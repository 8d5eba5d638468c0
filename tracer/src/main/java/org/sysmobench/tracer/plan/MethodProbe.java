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
 * @param event the event name written to the trace
 * @param captures event field name to expression, in output order
 * @param onThrow at exit, whether an exceptional exit is recorded too (with field {@code threw})
 * @param when at exit, which return values are recorded
 * @param node overrides the class's node expression
 */
public record MethodProbe(String method, OptionalInt arity, Phase phase, String event, Map<String, ValuePath> captures,
    boolean onThrow, ResultFilter when, Optional<ValuePath> node) {
  public MethodProbe {
    captures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(captures));
  }
}
