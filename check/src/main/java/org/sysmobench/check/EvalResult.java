package org.sysmobench.check;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.Verdict;

/**
 * The result of evaluating one spec on one task.
 *
 * <h2>Design note: the result file {@code sysmobench-eval}, version 1</h2>
 *
 * <p><b>What.</b> One JSON object: identity of the inputs (task, spec name and SHA-256, where the cfg
 * came from), the scoring profile and seed, notes on the submission itself (config lines that
 * were dropped, Unicode rewritten), one entry per phase (verdict, score, summary, findings,
 * figures), the overall score and verdict, and the wall time per phase in milliseconds.
 *
 * <p><b>Why.</b> Every lost point must be explainable from this file alone, and scores must be
 * recomputable from it; so it holds the figures (per action, per trace, per invariant), not just scores.
 * Timings are the only non-deterministic part: two evaluations of the same inputs with the same seed
 * give identical files apart from {@code timingsMillis}.
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is
 * added; readers reject versions they do not know.
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
    Verdict verdict,
    Map<String, Long> timingsMillis) {

  public static final String SCHEMA = "sysmobench-eval";
  public static final int VERSION = 1;

  public EvalResult {
    phases = List.copyOf(phases);
    notes = List.copyOf(notes);
    timingsMillis = Map.copyOf(timingsMillis);
  }
}
