package org.sysmobench.check;

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

  public static Phase fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
