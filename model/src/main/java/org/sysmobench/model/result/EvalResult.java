package org.sysmobench.model.result;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.Verdict;

/**
 * The result of evaluating one spec on one task.
 *
 * <h2>Design note: the result file {@code sysmobench-eval}, version 2</h2>
 *
 * <p><b>What.</b> One JSON object: identity of the inputs (task, spec name and SHA-256, where the cfg
 * came from), the headline scoring profile and the seed, notes on the submission itself (config lines
 * that were ignored, Unicode rewritten, parts of the specification formula left out), one entry per
 * phase (verdict, headline score, scores under both profiles, summary, findings, figures), the overall
 * score (headline) and scores, whether the evaluation is scored at all, the verdict, and the wall time
 * per phase in milliseconds.
 *
 * <p><b>Why.</b> Every lost point must be explainable from this file alone, and scores must be
 * recomputable from it; so it holds the figures (per action, per trace, per invariant), not just scores.
 * An evaluation in which our harness failed ({@code scored} false, verdict HARNESS_ERROR) counts neither
 * for nor against the spec: its scores are 0 and say nothing. Timings are the only non-deterministic
 * part: two evaluations of the same inputs with the same seed give identical files apart from {@code
 * timingsMillis}, on an idle or a saturated machine.
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is
 * added; readers reject versions they do not know. Version 2 added the scores under both profiles,
 * {@code scored} and {@code timeGuardHit}; version 1 files are read with both profiles' scores equal to
 * their one score.
 *
 * @param scored false when a phase ended in a harness error: the evaluation is not scored and is retried
 * @param timeGuardHit whether some TLC job hit the harness's wall-time guard: its phase is INCOMPLETE
 *     (no points), and since only the machine's speed decides that, the runner evaluates the cell again once
 */
public record EvalResult(
    String schema,
    int version,
    String task,
    String spec,
    String specSha256,
    String cfgOrigin,
    String profile,
    long seed,
    List<String> notes,
    List<PhaseResult> phases,
    double overall,
    Scores scores,
    Boolean scored,
    Boolean timeGuardHit,
    Verdict verdict,
    Map<String, Long> timingsMillis) {

  public static final String SCHEMA = "sysmobench-eval";
  public static final int VERSION = 2;

  public EvalResult {
    phases = List.copyOf(phases);
    notes = List.copyOf(notes);
    timingsMillis = Map.copyOf(timingsMillis);
    if (scores == null) {
      scores = Scores.both(overall); // version 1
    }
    if (scored == null) {
      scored = verdict != Verdict.HARNESS_ERROR;
    }
    if (timeGuardHit == null) {
      timeGuardHit = false;
    }
  }

  public boolean isScored() {
    return scored;
  }
}
