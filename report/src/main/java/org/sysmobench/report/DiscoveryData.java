package org.sysmobench.report;

import java.util.List;
import java.util.Map;
import org.sysmobench.model.result.DiscoveryResult;

/**
 * The invariants track in a report: per model x agent its scores next to the same model and agent's spec
 * track overall, how many proposed properties were rejected and why, and the accepted properties no expert
 * template covers (they may be real discoveries: listed for people to read).
 *
 * <p>Conventions. A row's figures are means over its tasks of the per-task mean over scored cells, like
 * the spec track's leaderboard; {@code rejected} counts every non-accepted property of its scored cells
 * by status. A cell whose scorer failed is not scored, counted apart.
 */
public record DiscoveryData(List<Row> rows, List<Discovered> uncovered, List<Cell> cells) {
  public static final DiscoveryData EMPTY = new DiscoveryData(List.of(), List.of(), List.of());

  public DiscoveryData {
    rows = List.copyOf(rows);
    uncovered = List.copyOf(uncovered);
    cells = List.copyOf(cells);
  }

  /**
   * One model x invariants-track agent over its tasks.
   *
   * @param agent the agent without its track prefix ({@code basic}, {@code repair(basic)})
   * @param accepted accepted properties per scored cell (mean)
   * @param proposed proposed properties per scored cell (mean)
   * @param rejected non-accepted properties of the scored cells, by status id ({@code unsound}, {@code trivial}, ...)
   * @param specOverall the spec track's overall of the same model and agent in this report; null when it has none
   * @param missingTasks planned tasks without a scored cell
   */
  public record Row(String model, String agent, int tasks, int scoredCells, int notScored, double score,
      double precision, double recall, double accepted, double proposed, Map<String, Integer> rejected,
      Double specOverall, List<String> missingTasks) {
    public Row {
      rejected = Map.copyOf(rejected);
      missingTasks = List.copyOf(missingTasks);
    }
  }

  /**
   * {@code 3 unsound, 2 trivial}, or {@code –} when nothing was rejected: most frequent first, ties by name,
   * so the same data always prints the same line.
   */
  public static String rejectedText(Map<String, Integer> rejected) {
    return rejected.isEmpty() ? "–" : String.join(", ", rejected.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getValue() + " " + e.getKey()).toList());
  }

  /** An accepted property that no expert template implies or is implied by. */
  public record Discovered(String task, String model, String agent, int epoch, String name, String kind,
      String meaning, String definition) {}

  /**
   * One invariants-track cell, for drill-down.
   *
   * @param result its discovery result; null when it has none (not run, infrastructure failure)
   */
  public record Cell(String run, String cell, String task, String model, String agent, int epoch, String status,
      String failure, String failureMessage, DiscoveryResult result) {}
}
