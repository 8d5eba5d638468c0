package org.sysmobench.model.result;

import java.util.List;
import org.sysmobench.model.Verdict;

/**
 * A phase's outcome: its verdict, its scores under both profiles ({@code score} is the headline one,
 * under the evaluation's profile), a one-line summary, the findings explaining every lost point, and
 * phase-specific figures.
 */
public record PhaseResult(Phase phase, Verdict verdict, double score, Scores scores, String summary,
    List<Finding> findings, PhaseDetails details) {
  public PhaseResult {
    if (scores == null) {
      scores = Scores.both(score); // sysmobench-eval v1 had one score
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    findings = List.copyOf(findings);
  }

  /** A result whose headline is the sound score (the evaluator re-headlines it under its profile). */
  public static PhaseResult of(Phase phase, Verdict verdict, Scores scores, String summary, List<Finding> findings,
      PhaseDetails details) {
    return new PhaseResult(phase, verdict, scores.sound(), scores, summary, findings, details);
  }

  /** The same result with {@code profile}'s score as its headline. */
  public PhaseResult headlined(ScoringProfile profile) {
    return new PhaseResult(phase, verdict, scores.get(profile), scores, summary, findings, details);
  }

  /** A phase not run because an earlier one failed: scores 0 and says why. */
  public static PhaseResult skipped(Phase phase, String why) {
    return of(phase, Verdict.SKIPPED, Scores.ZERO, "skipped: " + why,
        List.of(Finding.loss("skipped", "not run: " + why, "", "")), new PhaseDetails.None());
  }

  /** A phase that cannot check the spec because of the spec itself (it cannot be model checked): scores 0. */
  public static PhaseResult failed(Phase phase, String kind, String why) {
    return of(phase, Verdict.FAIL, Scores.ZERO, why, List.of(Finding.loss(kind, why, "", "")), new PhaseDetails.None());
  }

  /** Our own failure while checking: never counted for or against the spec (the evaluation is not scored). */
  public static PhaseResult harnessError(Phase phase, String what, Throwable cause) {
    String detail = cause == null ? "" : cause.toString();
    return of(phase, Verdict.HARNESS_ERROR, Scores.ZERO, "harness error (not scored): " + what,
        List.of(Finding.note("harness-error", what, "", detail)), new PhaseDetails.None());
  }
}
