package org.sysmobench.tla.tlc;

import java.util.List;
import org.sysmobench.model.Verdict;

/**
 * The result of one TLC job: its typed outcome plus everything needed to explain and reproduce it.
 *
 * @param job the job as run (its seed is the one TLC used)
 * @param outcome what TLC found
 * @param stats search statistics (counts TLC did not report are -1)
 * @param coverage per-action coverage, when the job asked for it and TLC reported it
 * @param toolOutput TLC's raw {@code -tool} output (bounded), for diagnosis and archiving
 * @param outputTruncated whether part of {@code toolOutput} was dropped to bound it (said by the
 *     worker, out of band: no text in the output can claim it)
 * @param specOutput what the spec printed ({@code Print}, {@code PrintT}), bounded; never parsed
 * @param hooks what the job's evaluation hooks recorded
 * @param workerLog the worker's stderr tail when the worker failed; empty otherwise
 */
public record TlcResult(TlcJob job, TlcOutcome outcome, TlcStats stats, List<ActionCoverage> coverage,
    String toolOutput, boolean outputTruncated, String specOutput, HookReport hooks, String workerLog) {
  public TlcResult {
    coverage = List.copyOf(coverage);
  }

  public Verdict verdict() {
    return outcome.verdict();
  }

  public long seed() {
    return job.seed();
  }

  static TlcResult of(TlcJob job, TlcOutcome outcome, TlcStats stats) {
    return new TlcResult(job, outcome, stats, List.of(), "", false, "", HookReport.EMPTY, "");
  }

  /** The same result with the worker's log attached. */
  TlcResult withWorkerLog(String log) {
    return new TlcResult(job, outcome, stats, coverage, toolOutput, outputTruncated, specOutput, hooks, log);
  }
}
