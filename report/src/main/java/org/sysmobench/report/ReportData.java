package org.sysmobench.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sysmobench.model.result.EvalResult;

/**
 * Everything a report shows, computed once from the store; the Markdown, JSON and HTML renderers only
 * format it.
 *
 * <h2>Design note: the JSON report, schema {@code sysmobench-report} version 2</h2>
 *
 * <p><b>What.</b> This record serialized as is: the runs included (with the scoring version used),
 * {@code groups} (one per task x model x agent: per-phase and overall mean with a 95% t interval over
 * scored epochs, pass@k, best-of-N, tokens and cost, safety and liveness pass rates, the most common
 * finding kinds), the {@code leaderboard} (one row per model x agent over tasks), the overall finding
 * kinds and safety/liveness rates, and every {@code cells} entry with its full evaluation result.
 *
 * <p><b>Conventions.</b> A cell's scores are its evaluation's, as {@code sysmobench eval} computed them:
 * the headline under the run's scoring profile and, beside it, the other ({@code sound} and {@code
 * paper}). An evaluation the grader failed on (a harness error) is <em>not scored</em>: it counts neither
 * for nor against the model, and is counted apart ({@code graderFailures}), as are cells that failed for
 * infrastructure reasons. An epoch <em>passes</em> when it is scored and every phase passed (a budget hit
 * is never a pass). <em>best-of-N</em> follows the original SysMoBench leaderboard: per group, the epoch
 * with the highest overall score, reported with that epoch's phase scores; it is a ceiling, not typical
 * performance. The leaderboard ranks a model x agent only when it has a scored cell on every task it was
 * planned on: a task with none is listed as missing and the row is unranked, so failing the hard tasks
 * never raises a mean. Scores are in [0, 1].
 * A pseudo-model ({@code reference@<task>}, {@code mutant:<name>@<task>}) is the task's own spec: its
 * rows have the agent {@code none} and no LLM use.
 *
 * <p><b>The invariants track.</b> Cells of invariants-track agents ({@code invariants:<agent>}) are not in
 * {@code groups}, {@code leaderboard} or {@code cells}: {@code discovery} holds them ({@link DiscoveryData}),
 * with each row's spec-track overall beside it. A version 2 file written before the track existed has no
 * {@code discovery}, read as none.
 *
 * <p><b>Versioning.</b> {@code version} is bumped when a field changes meaning or a required field is added.
 * Version 2 added the paper-profile overall beside the headline, the missing tasks of a leaderboard row,
 * unranked rows (rank 0), the runs' skipped tasks, and usage totals that keep what cache hits would
 * have cost apart.
 */
public record ReportData(String schema, int version, List<RunInfo> runs, List<GroupRow> groups,
    List<LeaderRow> leaderboard, List<KindCount> findingKinds, Rate safety, Rate liveness, List<CellRow> cells,
    DiscoveryData discovery) {

  public static final String SCHEMA = "sysmobench-report";
  public static final int VERSION = 2;

  /** The phase ids in order, as keys of the per-phase maps. */
  public static final List<String> PHASES = List.of("syntax", "runtime", "conformance", "invariants");

  public ReportData {
    runs = List.copyOf(runs);
    groups = List.copyOf(groups);
    leaderboard = List.copyOf(leaderboard);
    findingKinds = List.copyOf(findingKinds);
    cells = List.copyOf(cells);
    discovery = discovery == null ? DiscoveryData.EMPTY : discovery;
  }

  /**
   * One run included in the report.
   *
   * @param skippedTasks tasks the run was asked for but did not run here, each with the one line saying why
   *     (a toolchain the machine lacks and the command that installs it, a recording that failed)
   */
  public record RunInfo(String runId, String status, String startedAt, String finishedAt, int scoringVersion,
      String profile, int cells, int done, int infraFailed, int notRun, List<String> notes,
      Map<String, String> skippedTasks) {
    public RunInfo {
      notes = List.copyOf(notes);
      skippedTasks = Map.copyOf(skippedTasks);
    }
  }

  /**
   * One task x model x agent over its epochs.
   *
   * @param scored epochs with a score; {@code infraFailed} epochs were not scored
   * @param graderFailures epochs the grader failed on (a harness error): not scored
   * @param overall the headline overall score, over scored epochs
   * @param otherOverall the overall under the other scoring profile (paper when the headline is sound)
   * @param passAtK pass@k for k = 1 .. scored, keyed {@code "1"}, {@code "2"}, ...
   */
  public record GroupRow(String task, String model, String agent, int scored, int infraFailed, int notRun,
      int graderFailures, Map<String, Estimate> phases, Estimate overall, Estimate otherOverall,
      Map<String, Double> passAtK, BestOfN best, UsageTotals usage, Rate safety, Rate liveness,
      List<KindCount> topFindings) {
    public GroupRow {
      phases = Map.copyOf(phases);
      passAtK = Map.copyOf(passAtK);
      topFindings = List.copyOf(topFindings);
    }

    public String id() {
      return task + "/" + model + "/" + agent;
    }
  }

  /** The best epoch of a group (original SysMoBench convention). */
  public record BestOfN(int epoch, String run, double overall, Map<String, Double> phases) {
    public BestOfN {
      phases = Map.copyOf(phases);
    }
  }

  /**
   * LLM use of a cell or group: tokens, calls, USD actually spent (cache hits cost nothing).
   *
   * @param unpricedCalls live calls of unknown cost: the model has no price, or the call failed after the
   *     provider had accepted it (it may have billed tokens no answer accounts for)
   * @param cachedValueUsd what the cache hits would have cost, had they been paid for in this run
   */
  public record UsageTotals(long inputTokens, long outputTokens, long calls, long cachedCalls, BigDecimal spentUsd,
      long unpricedCalls, BigDecimal cachedValueUsd) {
    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public UsageTotals plus(UsageTotals o) {
      return new UsageTotals(inputTokens + o.inputTokens, outputTokens + o.outputTokens, calls + o.calls,
          cachedCalls + o.cachedCalls, spentUsd.add(o.spentUsd), unpricedCalls + o.unpricedCalls,
          cachedValueUsd.add(o.cachedValueUsd));
    }
  }

  /** {@code passed} of {@code total}. */
  public record Rate(int passed, int total) {
    public double rate() {
      return total == 0 ? 0 : (double) passed / total;
    }

    public Rate plus(Rate o) {
      return new Rate(passed + o.passed, total + o.total);
    }
  }

  /** How often a finding kind cost points. */
  public record KindCount(String phase, String kind, int count) {}

  /**
   * One model x agent over the tasks it was planned on: the mean over tasks of each group's mean, pass@1
   * and best-of-N overall.
   *
   * @param rank from 1; 0 when the row is not ranked because some task has no scored cell
   * @param otherOverall the overall under the other scoring profile
   * @param missingTasks planned tasks without a scored cell (then the means cover the others only)
   */
  public record LeaderRow(int rank, String model, String agent, int tasks, int scoredCells, double overall,
      double otherOverall, Map<String, Double> phases, double passAt1, double bestOfN, UsageTotals usage,
      List<String> missingTasks) {
    public LeaderRow {
      phases = Map.copyOf(phases);
      missingTasks = List.copyOf(missingTasks);
    }
  }

  /**
   * One cell, for drill-down.
   *
   * @param result the evaluation under the report's scoring version; null when the cell has none
   * @param overall the cell's headline overall score (0 when not scored: no result, or the grader failed)
   */
  public record CellRow(String run, String cell, String task, String model, String agent, int epoch, String status,
      String failure, String failureMessage, double overall, String spec, String cfg, UsageTotals usage,
      EvalResult result) {}
}
