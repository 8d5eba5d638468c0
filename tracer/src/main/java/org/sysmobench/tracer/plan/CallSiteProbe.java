package org.sysmobench.tracer.plan;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Record an event each time a method call made inside an enclosing method of a {@link ClassTarget}
 * returns, e.g. every {@code recvqueue.poll(...)} inside {@code lookForLeader}. The call is recorded
 * after it returned (acquire-like: a receive), with {@code return} bound to its result, {@code receiver}
 * to the object it was called on, {@code argN} to its arguments and {@code this} to the enclosing
 * method's receiver.
 *
 * @param in the enclosing method's name
 * @param call the called method's name
 * @param arity the called method's parameter count, if pinned
 * @param receiverField if present, only calls whose receiver is the current value of this field of
 *     {@code this} are recorded (checked by identity at run time)
 * @param when which results are recorded
 * @param event the event name
 * @param captures event field name to expression
 * @param node overrides the class's node expression
 */
public record CallSiteProbe(String in, String call, OptionalInt arity, Optional<String> receiverField, ResultFilter when,
    String event, Map<String, ValuePath> captures, Optional<ValuePath> node) {
  public CallSiteProbe {
    captures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(captures));
  }
}
