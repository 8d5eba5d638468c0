package org.sysmobench.check;

import java.util.List;
import org.sysmobench.model.Verdict;

/**
 * A phase's outcome: its verdict, its score in [0, 1] under the chosen profile, a one-line summary,
 * the findings explaining every lost point, and phase-specific figures.
 */
public record PhaseResult(Phase phase, Verdict verdict, double score, String summary, List<Finding> findings,
    PhaseDetails details) {
  public PhaseResult {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    findings = List.copyOf(findings);
  }

  /** A phase not run because an earlier one failed: scores 0 and says why. */
  public static PhaseResult skipped(Phase phase, String why) {
    return new PhaseResult(phase, Verdict.SKIPPED, 0, "skipped: " + why,
        List.of(Finding.loss("skipped", "not run: " + why, "", "")), new PhaseDetails.None());
  }

  /** Our own failure while checking: never counted against the spec's author. */
  public static PhaseResult harnessError(Phase phase, String what, Throwable cause) {
    String detail = cause == null ? "" : cause.toString();
    return new PhaseResult(phase, Verdict.HARNESS_ERROR, 0, "harness error: " + what,
        List.of(Finding.note("harness-error", what, "", detail)), new PhaseDetails.None());
  }
}
