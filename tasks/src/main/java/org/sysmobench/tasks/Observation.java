package org.sysmobench.tasks;

/** How recorded traces observe a contract variable. */
public enum Observation {
  /** Each event carries the variable's whole value after the event. */
  WHOLE,
  /** Each event carries {@code var[node]} after the event, for the event's node. */
  PER_NODE,
  /** Part of the vocabulary (invariants may use it) but never in traces. */
  HIDDEN
}
