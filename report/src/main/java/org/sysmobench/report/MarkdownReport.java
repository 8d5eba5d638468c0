package org.sysmobench.report;

import java.util.stream.Collectors;

/** The report as Markdown tables. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(ReportData d) {
    StringBuilder sb = new StringBuilder("# SysMoBench report\n\n");
    sb.append("Scores in %. Overall is the run's headline profile (sound by default: a spec that models nothing"
        + " scores at most 25%); the other column is the other profile (paper: the original's formulas, comparable"
        + " with the published leaderboard). Means over scored epochs with a 95% Student-t interval [lo, hi]; pass@k"
        + " by the unbiased estimator (an epoch passes when every phase passed); best-of-N is the original SysMoBench"
        + " convention (the best epoch per group): a ceiling, not typical performance. Evaluations the grader failed"
        + " on and cells that failed for infrastructure reasons are not scored; a row with a task that has no"
        + " scored cell is not ranked (–) and names the missing tasks.\n\n");
    sb.append("## Runs\n\n| run | status | scoring | profile | cells | done | infra failed | not run |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    for (ReportData.RunInfo r : d.runs()) {
      sb.append("| ").append(r.runId()).append(" | ").append(r.status()).append(" | v").append(r.scoringVersion())
          .append(" | ").append(r.profile()).append(" | ").append(r.cells()).append(" | ").append(r.done()).append(" | ")
          .append(r.infraFailed()).append(" | ").append(r.notRun()).append(" |\n");
    }
    sb.append('\n').append(leaderboard(Leaderboard.of(d)));
    discovery(sb, d.discovery());
    sb.append("\n## Task x model x agent\n\n| task | model | agent | epochs | syntax | runtime | conformance |"
        + " invariants | overall | other profile | pass@k | best-of-N | safety | liveness | cost | tokens in / out |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (ReportData.GroupRow g : d.groups()) {
      sb.append("| ").append(g.task()).append(" | ").append(Fmt.md(g.model())).append(" | ")
          .append(Fmt.md(Fmt.agent(g.model(), g.agent())))
          .append(" | ").append(g.scored()).append(g.infraFailed() > 0 ? " (+" + g.infraFailed() + " infra)" : "")
          .append(g.graderFailures() > 0 ? " (+" + g.graderFailures() + " not scored)" : "");
      for (String p : ReportData.PHASES) {
        sb.append(" | ").append(Fmt.estimate(g.phases().get(p)));
      }
      sb.append(" | ").append(Fmt.estimate(g.overall())).append(" | ").append(Fmt.estimate(g.otherOverall()))
          .append(" | ").append(Fmt.passAtK(g.passAtK()))
          .append(" | ").append(g.best().epoch() < 0 ? "–" : Fmt.pct(g.best().overall()))
          .append(" | ").append(Fmt.rate(g.safety())).append(" | ").append(Fmt.rate(g.liveness()))
          .append(" | ").append(Fmt.cost(g.model(), g.usage())).append(" | ").append(Fmt.tokens(g.model(), g.usage())).append(" |\n");
    }
    sb.append("\n## Safety vs liveness\n\n| kind | invariants holding |\n|---|---|\n| safety | ")
        .append(Fmt.rate(d.safety())).append(" |\n| liveness | ").append(Fmt.rate(d.liveness())).append(" |\n");
    sb.append("\n## Most common reasons for lost points\n\n| phase | finding kind | count |\n|---|---|---|\n");
    d.findingKinds().stream().limit(15).forEach(k -> sb.append("| ").append(k.phase()).append(" | ").append(k.kind())
        .append(" | ").append(k.count()).append(" |\n"));
    return sb.toString();
  }

  /** The skipped tasks (when there are any), then the ranking table; ends with the table's last line. */
  static String leaderboard(Leaderboard board) {
    StringBuilder sb = new StringBuilder();
    if (!board.skippedTasks().isEmpty()) {
      sb.append("## Skipped tasks\n\n");
      board.skippedTasks().forEach(line -> sb.append("- ").append(Fmt.md(line)).append('\n'));
      sb.append('\n');
    }
    sb.append("## Leaderboard\n\n| # | model | agent | tasks | overall | other profile | syntax | runtime | conformance"
        + " | invariants | pass@1 | best-of-N | cost | tokens in / out |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (ReportData.LeaderRow r : board.rows()) {
      sb.append("| ").append(r.rank() == 0 ? "–" : Integer.toString(r.rank())).append(" | ").append(Fmt.md(r.model()))
          .append(" | ").append(Fmt.md(Fmt.agent(r.model(), r.agent()))).append(" | ").append(r.tasks())
          .append(r.missingTasks().isEmpty() ? "" : " (missing: " + String.join(", ", r.missingTasks()) + ")")
          .append(" | ").append(Fmt.pct(r.overall())).append(" | ").append(Fmt.pct(r.otherOverall()));
      for (String p : ReportData.PHASES) {
        sb.append(" | ").append(Fmt.pct(r.phases().get(p)));
      }
      sb.append(" | ").append(Fmt.pct(r.passAt1())).append(" | ").append(Fmt.pct(r.bestOfN())).append(" | ")
          .append(Fmt.cost(r.model(), r.usage())).append(" | ").append(Fmt.tokens(r.model(), r.usage())).append(" |\n");
    }
    return sb.toString();
  }

  /** The invariants track: scores next to the spec track's, rejections by reason, discoveries no template covers. */
  private static void discovery(StringBuilder sb, DiscoveryData d) {
    if (d.rows().isEmpty()) {
      return;
    }
    sb.append("\n## Invariants track\n\nAgents propose the system's properties themselves. Score = precision x"
        + " (discovered + recall) / 2 (see DiscoveryScore): a property earns when it holds on the reference and on"
        + " every recorded scoring trace, a hidden mutant violates it, and it is neither trivial nor a restatement;"
        + " unsound and ill-formed ones cost precision. Spec track: the same model and agent's overall in this"
        + " report.\n\n| model | agent | tasks | score | precision | recall | accepted / proposed | rejected (why) |"
        + " spec track |\n|---|---|---|---|---|---|---|---|---|\n");
    for (DiscoveryData.Row r : d.rows()) {
      sb.append("| ").append(Fmt.md(r.model())).append(" | ").append(Fmt.md(r.agent())).append(" | ").append(r.tasks())
          .append(r.missingTasks().isEmpty() ? "" : " (missing: " + String.join(", ", r.missingTasks()) + ")")
          .append(r.notScored() > 0 ? " (+" + r.notScored() + " not scored)" : "")
          .append(" | ").append(Fmt.pct(r.score())).append(" | ").append(Fmt.pct(r.precision())).append(" | ")
          .append(Fmt.pct(r.recall())).append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f / %.1f",
              r.accepted(), r.proposed())).append(" | ").append(DiscoveryData.rejectedText(r.rejected()))
          .append(" | ").append(r.specOverall() == null ? "–" : Fmt.pct(r.specOverall())).append(" |\n");
    }
    if (!d.uncovered().isEmpty()) {
      sb.append("\n### Discoveries no expert template covers\n\nAccepted properties no expert template implies or is"
          + " implied by: they may be real properties the experts did not write down.\n\n"
          + "| task | model | agent | property | meaning | definition |\n|---|---|---|---|---|---|\n");
      for (DiscoveryData.Discovered p : d.uncovered()) {
        sb.append("| ").append(p.task()).append(" | ").append(Fmt.md(p.model())).append(" | ").append(Fmt.md(p.agent()))
            .append(" | ").append(Fmt.md(p.name())).append(" (").append(p.kind()).append(") | ")
            .append(Fmt.md(p.meaning())).append(" | `").append(p.definition().replaceAll("\\s+", " ").replace("|", "\\|"))
            .append("` |\n");
      }
    }
  }
}
