package org.sysmobench.store;

import java.util.Locale;

/** A run's status, as written in its manifest and the index. */
public enum RunStatus {
  /** Written first, before any cell runs; a run still in this state after its process died is resumable. */
  STARTED,
  /** Every cell is DONE or INFRA_FAILED. */
  FINISHED,
  /** Stopped early (budget used up, quota exhausted, interrupted); a resume continues it. */
  STOPPED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
