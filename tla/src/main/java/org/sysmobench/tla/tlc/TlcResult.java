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
 * @param workerLog the worker's stderr tail when the worker failed; empty otherwise
 */
public record TlcResult(TlcJob job, TlcOutcome outcome, TlcStats stats, List<ActionCoverage> coverage,
    String toolOutput, String workerLog) {
  public TlcResult {
    coverage = List.copyOf(coverage);
  }

  public Verdict verdict() {
    return outcome.verdict();
  }

  public long seed() {
    return job.seed();
  }

  /**
   * Whether part of TLC's output was dropped to bound it (a spec printing without end): then lines
   * printed in the middle of the run are missing from {@link #toolOutput()}. The marker is the one the
   * bridge's output capture writes in their place.
   */
  public boolean outputTruncated() {
    return toolOutput.contains(" bytes of TLC output dropped]");
  }

  static TlcResult of(TlcJob job, TlcOutcome outcome, TlcStats stats) {
    return new TlcResult(job, outcome, stats, List.of(), "", "");
  }
}
