package org.sysmobench.report;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunStore;

/** The entry point: a report of one run, or a leaderboard of several, in a format. Reads only the store. */
public final class Reports {
  private Reports() {}

  public static String report(RunStore store, RunId run, ReportFormat format) {
    return format.render(ReportBuilder.build(store, List.of(run)));
  }

  public static String report(RunStore store, RunId run, int scoringVersion, ReportFormat format) {
    return format.render(ReportBuilder.build(store, List.of(run), Map.of(run, scoringVersion)));
  }

  /** Merges runs into one leaderboard (cells pooled per task x model x agent). */
  public static String leaderboard(RunStore store, List<RunId> runs, ReportFormat format) {
    return format.render(ReportBuilder.build(store, runs));
  }
}
