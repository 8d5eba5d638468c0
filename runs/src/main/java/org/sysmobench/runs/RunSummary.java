package org.sysmobench.runs;

import java.math.BigDecimal;
import java.util.List;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunStatus;

/**
 * How an execution of a run ended.
 *
 * @param done cells DONE in the store (this and earlier executions)
 * @param infraFailed cells left INFRA_FAILED
 * @param notRun cells still planned (the run stopped before them)
 * @param executedNow cells this execution ran to an end (scored or failed)
 */
public record RunSummary(RunId run, RunStatus status, int total, int done, int infraFailed, int notRun,
    int executedNow, BigDecimal spentUsd, List<String> notes) {
  public RunSummary {
    notes = List.copyOf(notes);
  }
}
