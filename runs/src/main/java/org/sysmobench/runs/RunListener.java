package org.sysmobench.runs;

import org.sysmobench.store.CellKey;

/** What a run tells the outside world while it executes (a progress line, a test's probe). */
public interface RunListener {
  /** The plan is stored; {@code todo} of its {@code total} cells will execute now. */
  default void planned(RunPlan plan, int todo) {}

  default void cellStarted(CellKey key) {}

  default void cellFinished(CellOutcome outcome, RunProgress progress) {}

  default void runFinished(RunSummary summary) {}

  RunListener NONE = new RunListener() {};
}
