package org.sysmobench.model.result;

import java.util.Locale;

/** The four evaluation phases, in the order they run. */
public enum Phase {
  /** SANY on the whole module and on each top-level definition alone. */
  SYNTAX,
  /** TLC simulation and bounded search: which actions fire, which raise errors. */
  RUNTIME,
  /** Traces recorded from the real system, replayed through the spec by TLC. */
  CONFORMANCE,
  /** The task's expert invariant templates, model checked against the spec. */
  INVARIANTS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The phase with this id; the message lists the valid ones. */
  public static Phase fromId(String id) {
    for (Phase p : values()) {
      if (p.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown phase '" + id + "' (expected syntax, runtime, conformance or invariants)");
  }
}
