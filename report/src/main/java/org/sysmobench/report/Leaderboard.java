package org.sysmobench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leaderboard of a report as data: the ranked model x agent rows and the tasks the runs skipped (a
 * ranking read without them would hide that a task was never tried here). The report's renderers draw
 * their leaderboard section from it, and {@code sysmobench run} prints {@link #toMarkdown()} when it ends,
 * so the terminal and the report always show the same table.
 *
 * @param skippedTasks {@code task: why} for every task a run skipped, in task order per run
 * @param rows the ranking, as {@link ReportData#leaderboard()}
 */
public record Leaderboard(List<String> skippedTasks, List<ReportData.LeaderRow> rows) {

  public Leaderboard {
    skippedTasks = List.copyOf(skippedTasks);
    rows = List.copyOf(rows);
  }

  /** The leaderboard of a report. */
  public static Leaderboard of(ReportData data) {
    List<String> skipped = new ArrayList<>();
    for (ReportData.RunInfo r : data.runs()) {
      r.skippedTasks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> skipped.add(
          e.getKey() + ": " + e.getValue() + (data.runs().size() > 1 ? " (run " + r.runId() + ")" : "")));
    }
    return new Leaderboard(skipped, data.leaderboard());
  }

  /** The skipped tasks (when there are any) and the ranking table, as the Markdown report has them. */
  public String toMarkdown() {
    return MarkdownReport.leaderboard(this);
  }
}
