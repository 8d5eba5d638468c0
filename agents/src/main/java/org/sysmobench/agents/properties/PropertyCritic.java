package org.sysmobench.agents.properties;

import org.sysmobench.agents.SpecCritic;

/**
 * Judges a property sheet for the repair loop, implemented outside this module with checks on learning
 * data only: the task's reference model and its learning traces, never the hidden mutants nor the held-out
 * scoring traces (those decide the score, so showing them would teach to the test).
 */
public interface PropertyCritic {

  /** Reviews a sheet for the task the author is working on. */
  SpecCritic.Critique review(String sheet);
}
