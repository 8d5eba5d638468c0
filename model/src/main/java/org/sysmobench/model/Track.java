package org.sysmobench.model;

import java.util.Locale;

/**
 * What a benchmark cell asks of its agent. A cell's track is part of its agent id, so a run can hold
 * cells of both tracks and a report can set them side by side: an invariants-track agent {@code basic}
 * is the cell agent {@code invariants:basic}; a spec-track agent keeps its plain id.
 */
public enum Track {
  /** Write a TLA+ spec of the system; scored in four phases against the expert templates and traces. */
  SPEC,
  /** Propose the system's correctness properties; scored by how many are real (the invariants track). */
  INVARIANTS;

  /** The prefix of an invariants-track cell agent. */
  public static final String INVARIANTS_PREFIX = "invariants:";

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The track named {@code id} ({@code spec} or {@code invariants}). */
  public static Track fromId(String id) {
    for (Track t : values()) {
      if (t.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown track '" + id + "'; known: spec, invariants");
  }

  /** The cell agent id of {@code agent} on this track. */
  public String cellAgent(String agent) {
    return this == INVARIANTS && !agent.startsWith(INVARIANTS_PREFIX) ? INVARIANTS_PREFIX + agent : agent;
  }

  /** The track of a cell agent id. */
  public static Track of(String cellAgent) {
    return cellAgent.startsWith(INVARIANTS_PREFIX) ? INVARIANTS : SPEC;
  }

  /** The agent of a cell agent id, without its track. */
  public static String agentOf(String cellAgent) {
    return of(cellAgent) == INVARIANTS ? cellAgent.substring(INVARIANTS_PREFIX.length()) : cellAgent;
  }
}
