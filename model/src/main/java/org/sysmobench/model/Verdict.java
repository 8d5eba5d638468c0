package org.sysmobench.model;

/**
 * The one outcome vocabulary of the project, for a check, a phase or a whole cell.
 *
 * <p>Merging follows one table ({@link #merge}): HARNESS_ERROR &gt; FAIL &gt; INCOMPLETE &gt; SKIPPED &gt;
 * PASS. A harness error wins because nothing else can be trusted when our own code failed; a failure
 * beats incompleteness because a found violation is definite even if another check ran out of budget.
 */
public enum Verdict {
  /** The check ran to completion and found nothing wrong. */
  PASS,
  /** The check ran and found a definite problem in the spec (a model failure). */
  FAIL,
  /** A budget (time, states, depth, memory) was hit before the check completed: never a pass. */
  INCOMPLETE,
  /** Not run because an earlier phase failed; scores 0 and says why. */
  SKIPPED,
  /** Our own fault (harness bug, infrastructure): never counted against a model. */
  HARNESS_ERROR;

  private static final Verdict[] PRIORITY = {HARNESS_ERROR, FAIL, INCOMPLETE, SKIPPED, PASS};

  /** The merged verdict of two checks, by the priority table above. */
  public Verdict merge(Verdict other) {
    for (Verdict v : PRIORITY) {
      if (this == v || other == v) {
        return v;
      }
    }
    throw new AssertionError("unreachable");
  }
}
