package org.sysmobench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.RunId;
import org.sysmobench.model.Track;
import org.sysmobench.model.Verdict;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellScoring;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.LlmCallRecord;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.ScoringVersion;

/**
 * Computes {@link ReportData} from the store: one run gives a report, several runs a merged leaderboard
 * (their cells pooled per task x model x agent). Reads the latest scoring version of each run unless told
 * otherwise. Reads only the store.
 */
public final class ReportBuilder {
  private static final int TOP_FINDINGS = 5;

  private ReportBuilder() {}

  public static ReportData build(RunStore store, List<RunId> runs) {
    return build(store, runs, Map.of());
  }

  /** @param scoringVersions the scoring version to read per run; runs not named use their latest */
  public static ReportData build(RunStore store, List<RunId> runs, Map<RunId, Integer> scoringVersions) {
    List<ReportData.RunInfo> infos = new ArrayList<>();
    List<ReportData.CellRow> cells = new ArrayList<>();
    List<DiscoveryData.Cell> discoveryCells = new ArrayList<>();
    for (RunId run : runs) {
      RunManifest m = store.requireRun(run);
      ScoringVersion v = scoringVersions.containsKey(run)
          ? store.scoringVersions(run).stream().filter(x -> x.version() == scoringVersions.get(run)).findFirst()
              .orElseThrow(() -> new IllegalArgumentException("run " + run + " has no scoring version "
                  + scoringVersions.get(run)))
          : store.latestScoring(run);
      Map<String, EvalResult> results = new HashMap<>();
      for (CellScoring s : store.scorings(run, v.version())) {
        results.put(s.key().id(), s.result());
      }
      List<CellRecord> records = store.cells(run);
      for (CellRecord c : records) {
        if (Track.of(c.key().agent()) == Track.INVARIANTS) {
          discoveryCells.add(DiscoverySection.cell(store, run, c, v.version()));
        }
      }
      int done = 0;
      int infra = 0;
      int notRun = 0;
      for (CellRecord c : records) {
        done += c.status() == CellStatus.DONE ? 1 : 0;
        infra += c.status() == CellStatus.INFRA_FAILED ? 1 : 0;
        notRun += c.status() == CellStatus.PLANNED || c.status() == CellStatus.RUNNING ? 1 : 0;
        if (Track.of(c.key().agent()) == Track.INVARIANTS) {
          continue;
        }
        EvalResult r = results.get(c.key().id());
        cells.add(new ReportData.CellRow(run.value(), c.key().id(), c.key().task().value(), c.key().model().value(),
            c.key().agent(), c.key().epoch(), c.status().name(), c.failure().name(), c.failureMessage(),
            r == null ? 0 : overall(r), text(store, c, "spec"), text(store, c, "cfg"), usage(store.llmCalls(run, c.key())),
            r));
      }
      infos.add(new ReportData.RunInfo(run.value(), m.status().id(), m.startedAt(), m.finishedAt(), v.version(),
          v.profile(), records.size(), done, infra, notRun, m.notes(), m.skippedTasks()));
    }
    Map<String, List<ReportData.CellRow>> byGroup = new LinkedHashMap<>();
    for (ReportData.CellRow c : cells) {
      byGroup.computeIfAbsent(c.task() + "/" + c.model() + "/" + c.agent(), k -> new ArrayList<>()).add(c);
    }
    List<ReportData.GroupRow> groups = byGroup.values().stream().map(ReportBuilder::group).toList();
    ReportData.Rate safety = groups.stream().map(ReportData.GroupRow::safety).reduce(new ReportData.Rate(0, 0),
        ReportData.Rate::plus);
    ReportData.Rate liveness = groups.stream().map(ReportData.GroupRow::liveness).reduce(new ReportData.Rate(0, 0),
        ReportData.Rate::plus);
    List<ReportData.LeaderRow> board = leaderboard(groups);
    return new ReportData(ReportData.SCHEMA, ReportData.VERSION, infos, groups, board,
        kinds(cells.stream().map(ReportData.CellRow::result).filter(Objects::nonNull).toList(), Integer.MAX_VALUE),
        safety, liveness, cells, DiscoverySection.build(discoveryCells, board));
  }

  private static ReportData.GroupRow group(List<ReportData.CellRow> cells) {
    ReportData.CellRow first = cells.get(0);
    List<ReportData.CellRow> evaluated = cells.stream().filter(c -> c.result() != null).toList();
    List<ReportData.CellRow> scored = evaluated.stream().filter(c -> c.result().isScored()).toList();
    int graderFailures = evaluated.size() - scored.size();
    Map<String, Estimate> phases = new LinkedHashMap<>();
    for (String phase : ReportData.PHASES) {
      List<Double> values = new ArrayList<>();
      for (ReportData.CellRow c : scored) {
        c.result().phases().stream().filter(p -> p.phase().id().equals(phase)).forEach(p -> values.add(p.score()));
      }
      phases.put(phase, Estimate.of(values));
    }
    Estimate overall = Estimate.of(scored.stream().map(ReportData.CellRow::overall).toList());
    Estimate otherOverall = Estimate.of(scored.stream().map(c -> otherOverall(c.result())).toList());
    int n = scored.size();
    int passing = (int) scored.stream().filter(c -> passes(c.result())).count();
    Map<String, Double> passAtK = new LinkedHashMap<>();
    for (int k = 1; k <= n; k++) {
      passAtK.put(Integer.toString(k), PassAtK.estimate(n, passing, k));
    }
    ReportData.BestOfN best = scored.stream().max(Comparator.comparingDouble(ReportData.CellRow::overall)
            .thenComparing(c -> -c.epoch()))
        .map(c -> new ReportData.BestOfN(c.epoch(), c.run(), c.overall(), phaseScores(c.result())))
        .orElse(new ReportData.BestOfN(-1, "", 0, Map.of()));
    ReportData.UsageTotals usage = cells.stream().map(ReportData.CellRow::usage)
        .reduce(ReportData.UsageTotals.ZERO, ReportData.UsageTotals::plus);
    ReportData.Rate safety = new ReportData.Rate(0, 0);
    ReportData.Rate liveness = new ReportData.Rate(0, 0);
    for (ReportData.CellRow c : scored) {
      for (PhaseResult p : c.result().phases()) {
        if (p.details() instanceof PhaseDetails.Invariants inv) {
          for (PhaseDetails.InvariantCheck i : inv.invariants()) {
            ReportData.Rate one = new ReportData.Rate(i.outcome() == PhaseDetails.InvariantOutcome.HOLDS ? 1 : 0, 1);
            if (i.kind().equalsIgnoreCase("liveness")) {
              liveness = liveness.plus(one);
            } else {
              safety = safety.plus(one);
            }
          }
        }
      }
    }
    int infra = (int) cells.stream().filter(c -> c.status().equals(CellStatus.INFRA_FAILED.name())).count();
    int notRun = cells.size() - scored.size() - infra - graderFailures;
    return new ReportData.GroupRow(first.task(), first.model(), first.agent(), n, infra, notRun, graderFailures,
        phases, overall, otherOverall, passAtK, best, usage, safety, liveness,
        kinds(scored.stream().map(ReportData.CellRow::result).toList(), TOP_FINDINGS));
  }

  private static List<ReportData.LeaderRow> leaderboard(List<ReportData.GroupRow> groups) {
    Map<String, List<ReportData.GroupRow>> byEntrant = new LinkedHashMap<>();
    for (ReportData.GroupRow g : groups) {
      byEntrant.computeIfAbsent(g.model() + "\u0000" + g.agent(), k -> new ArrayList<>()).add(g);
    }
    List<ReportData.LeaderRow> rows = new ArrayList<>();
    for (List<ReportData.GroupRow> all : byEntrant.values()) {
      List<ReportData.GroupRow> gs = all.stream().filter(g -> g.scored() > 0).toList();
      List<String> missing = all.stream().filter(g -> g.scored() == 0).map(ReportData.GroupRow::task).toList();
      Map<String, Double> phases = new LinkedHashMap<>();
      for (String p : ReportData.PHASES) {
        phases.put(p, gs.stream().filter(g -> g.phases().get(p).n() > 0).mapToDouble(g -> g.phases().get(p).mean())
            .average().orElse(0));
      }
      rows.add(new ReportData.LeaderRow(0, all.get(0).model(), all.get(0).agent(), all.size(),
          gs.stream().mapToInt(ReportData.GroupRow::scored).sum(),
          gs.stream().mapToDouble(g -> g.overall().mean()).average().orElse(0),
          gs.stream().mapToDouble(g -> g.otherOverall().mean()).average().orElse(0), phases,
          gs.stream().mapToDouble(g -> g.passAtK().getOrDefault("1", 0.0)).average().orElse(0),
          gs.stream().mapToDouble(g -> g.best().overall()).average().orElse(0),
          all.stream().map(ReportData.GroupRow::usage).reduce(ReportData.UsageTotals.ZERO, ReportData.UsageTotals::plus),
          missing));
    }
    // Rows with a missing task are not ranked: their means leave out exactly the tasks they failed on.
    rows.sort(Comparator.comparing((ReportData.LeaderRow r) -> !r.missingTasks().isEmpty())
        .thenComparing(Comparator.comparingDouble(ReportData.LeaderRow::overall).reversed())
        .thenComparing(ReportData.LeaderRow::model).thenComparing(ReportData.LeaderRow::agent));
    List<ReportData.LeaderRow> ranked = new ArrayList<>();
    int rank = 0;
    for (ReportData.LeaderRow r : rows) {
      ranked.add(new ReportData.LeaderRow(r.missingTasks().isEmpty() ? ++rank : 0, r.model(), r.agent(), r.tasks(),
          r.scoredCells(), r.overall(), r.otherOverall(), r.phases(), r.passAt1(), r.bestOfN(), r.usage(),
          r.missingTasks()));
    }
    return ranked;
  }

  /** A cell's headline overall score, as its evaluation computed it; 0 when the grader failed (not scored). */
  static double overall(EvalResult r) {
    return r.isScored() ? r.overall() : 0;
  }

  /** The overall under the profile that is not the headline. */
  static double otherOverall(EvalResult r) {
    return "paper".equals(r.profile()) ? r.scores().sound() : r.scores().paper();
  }

  /** An epoch passes when it is scored and every phase passed: a budget hit is never a pass. */
  static boolean passes(EvalResult r) {
    return r.isScored() && !r.phases().isEmpty() && r.phases().stream().allMatch(p -> p.verdict() == Verdict.PASS);
  }

  private static Map<String, Double> phaseScores(EvalResult r) {
    Map<String, Double> m = new LinkedHashMap<>();
    r.phases().forEach(p -> m.put(p.phase().id(), p.score()));
    return m;
  }

  private static List<ReportData.KindCount> kinds(List<EvalResult> results, int limit) {
    Map<String, Integer> counts = new HashMap<>();
    for (EvalResult r : results) {
      for (PhaseResult p : r.phases()) {
        for (Finding f : p.findings()) {
          if (f.lostPoints()) {
            counts.merge(p.phase().id() + "\u0000" + f.kind(), 1, Integer::sum);
          }
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> new ReportData.KindCount(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
        .collect(Collectors.toList());
  }

  private static ReportData.UsageTotals usage(List<LlmCallRecord> calls) {
    ReportData.UsageTotals t = ReportData.UsageTotals.ZERO;
    for (LlmCallRecord c : calls) {
      t = t.plus(new ReportData.UsageTotals(c.inputTokens(), c.outputTokens(), 1, c.fromCache() ? 1 : 0, c.spentUsd(),
          !c.fromCache() && !c.costKnown() ? 1 : 0,
          c.fromCache() && c.costKnown() ? c.costUsd() : java.math.BigDecimal.ZERO));
    }
    return t;
  }

  private static String text(RunStore store, CellRecord c, String role) {
    String sha = c.artifacts().get(role);
    return sha == null ? "" : store.artifacts().read(sha);
  }
}
