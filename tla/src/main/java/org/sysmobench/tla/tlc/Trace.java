package org.sysmobench.tla.tlc;

import java.util.List;

/** A counterexample as structured data: TLC's states in order, and how the behaviour continues. */
public record Trace(List<TraceStep> steps, TraceTail tail) {
  public Trace {
    steps = List.copyOf(steps);
  }

  public static Trace empty() {
    return new Trace(List.of(), new TraceTail.Finite());
  }

  /** Number of states printed (stuttering and back-to-state markers are not states). */
  public int length() {
    return steps.size();
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
