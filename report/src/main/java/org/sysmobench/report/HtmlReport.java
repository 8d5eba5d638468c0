package org.sysmobench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;

/**
 * The report as ONE self-contained HTML file: inline CSS, SVG charts drawn here, a few lines of inline
 * JS (table sorting); no fonts, scripts or images from the network, so it opens offline and can be mailed.
 * Stable ids and {@code data-*} attributes ({@code #leaderboard}, {@code #chart-<phase>}, {@code .cell})
 * let tests and users find things.
 */
final class HtmlReport {
  private static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1200px;
        color:#1d232b;padding:0 16px}
      h1{font-size:24px;margin-bottom:4px}h2{margin-top:32px;border-bottom:1px solid #d8dee4;padding-bottom:4px}
      table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #d8dee4;padding:4px 8px;
        text-align:left;vertical-align:top}th{background:#f3f5f7;cursor:pointer;user-select:none}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .note{color:#57606a;font-size:12px}.charts{display:flex;flex-wrap:wrap;gap:16px}
      .chart{border:1px solid #d8dee4;border-radius:6px;padding:8px}.chart h3{margin:0 0 4px;font-size:14px}
      .bar{fill:#3b82c4}.bar.low{fill:#d9822b}.ci{stroke:#1d232b;stroke-width:1.5}
      details.cell{border:1px solid #d8dee4;border-radius:6px;margin:6px 0;padding:4px 8px}
      details.cell>summary{cursor:pointer;font-weight:600}
      pre{background:#f6f8fa;padding:8px;overflow:auto;max-height:420px;font-size:12px}
      .PASS{color:#1a7f37}.FAIL{color:#cf222e}.INCOMPLETE{color:#9a6700}.SKIPPED{color:#57606a}
      .HARNESS_ERROR{color:#8250df}.loss{color:#cf222e}
      """;
  private static final String JS = """
      document.querySelectorAll('table.sortable th').forEach(function(th, i){
        th.addEventListener('click', function(){
          var table = th.closest('table'), body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows), asc = th.dataset.asc !== 'true';
          rows.sort(function(a, b){
            var x = a.cells[i].dataset.v || a.cells[i].textContent, y = b.cells[i].dataset.v || b.cells[i].textContent;
            var nx = parseFloat(x), ny = parseFloat(y);
            var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
            return asc ? c : -c;
          });
          rows.forEach(function(r){ body.appendChild(r); });
          th.dataset.asc = asc;
        });
      });
      """;

  private HtmlReport() {}

  static String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>SysMoBench report</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<h1>SysMoBench report</h1><p class=\"note\">Runs: ")
        .append(Fmt.html(d.runs().stream().map(ReportData.RunInfo::runId).collect(Collectors.joining(", "))))
        .append(". Scores in %. Means over scored epochs with a 95% Student-t interval; pass@k by the unbiased"
            + " estimator (an epoch passes when every scored phase is at 100%); best-of-N follows the original"
            + " SysMoBench convention (best epoch per group: a ceiling). Phases the grader failed on are left out"
            + " of means; cells that failed for infrastructure reasons are not scored.</p>\n");
    runs(h, d);
    leaderboard(h, d);
    discovery(h, d.discovery());
    charts(h, d);
    groups(h, d);
    safetyLiveness(h, d);
    kinds(h, d);
    cells(h, d);
    h.append("<script>").append(JS).append("</script>\n</body></html>\n");
    return h.toString();
  }

  private static void runs(StringBuilder h, ReportData d) {
    h.append("<h2>Runs</h2><table id=\"runs\"><thead><tr><th>run</th><th>status</th><th>scoring</th><th>profile</th>"
        + "<th>cells</th><th>done</th><th>infra failed</th><th>not run</th><th>notes</th></tr></thead><tbody>");
    for (ReportData.RunInfo r : d.runs()) {
      h.append("<tr><td>").append(Fmt.html(r.runId())).append("</td><td>").append(r.status()).append("</td><td>v")
          .append(r.scoringVersion()).append("</td><td>").append(Fmt.html(r.profile())).append("</td><td class=\"num\">")
          .append(r.cells()).append("</td><td class=\"num\">").append(r.done()).append("</td><td class=\"num\">")
          .append(r.infraFailed()).append("</td><td class=\"num\">").append(r.notRun()).append("</td><td>")
          .append(Fmt.html(String.join("; ", r.notes()))).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
    List<String> skipped = Leaderboard.of(d).skippedTasks();
    if (!skipped.isEmpty()) {
      h.append("<h2>Skipped tasks</h2><ul id=\"skipped-tasks\">");
      skipped.forEach(line -> h.append("<li>").append(Fmt.html(line)).append("</li>"));
      h.append("</ul>\n");
    }
  }

  private static void leaderboard(StringBuilder h, ReportData d) {
    h.append("<h2>Leaderboard</h2><table id=\"leaderboard\" class=\"sortable\"><thead><tr><th>#</th><th>model</th>"
        + "<th>agent</th><th>tasks</th><th>overall</th><th>other profile</th><th>syntax</th><th>runtime</th>"
        + "<th>conformance</th><th>invariants</th><th>pass@1</th><th>best-of-N</th><th>cost</th><th>tokens in / out</th>"
        + "</tr></thead><tbody>");
    for (ReportData.LeaderRow r : Leaderboard.of(d).rows()) {
      h.append("<tr data-model=\"").append(Fmt.html(r.model())).append("\" data-agent=\"").append(Fmt.html(r.agent()))
          .append("\"><td class=\"num\" data-v=\"").append(r.rank() == 0 ? Integer.MAX_VALUE : r.rank()).append("\">")
          .append(r.rank() == 0 ? "–" : Integer.toString(r.rank())).append("</td><td>").append(Fmt.html(r.model()))
          .append("</td><td>").append(Fmt.html(Fmt.agent(r.model(), r.agent()))).append("</td><td class=\"num\">")
          .append(r.tasks())
          .append(r.missingTasks().isEmpty() ? "" : " <span class=\"missing\">(missing: "
              + Fmt.html(String.join(", ", r.missingTasks())) + ")</span>")
          .append("</td>").append(num(r.overall())).append(num(r.otherOverall()));
      for (String p : ReportData.PHASES) {
        h.append(num(r.phases().get(p)));
      }
      h.append(num(r.passAt1())).append(num(r.bestOfN())).append("<td class=\"num\" data-v=\"")
          .append(r.usage().spentUsd().toPlainString()).append("\">").append(Fmt.html(Fmt.cost(r.model(), r.usage())))
          .append("</td><td class=\"num\" data-v=\"").append(r.usage().inputTokens() + r.usage().outputTokens())
          .append("\">").append(Fmt.tokens(r.model(), r.usage())).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  /** The invariants track ({@code #invariants-track}, {@code #discoveries}); nothing when the report has none. */
  private static void discovery(StringBuilder h, DiscoveryData d) {
    if (d.rows().isEmpty()) {
      return;
    }
    h.append("<h2>Invariants track</h2><p class=\"note\">Agents propose the system's properties themselves. Score ="
        + " precision × (discovered + recall) / 2: a property earns when it holds on the reference and every recorded"
        + " scoring trace, a hidden mutant violates it, and it is neither trivial nor a restatement; unsound and"
        + " ill-formed ones cost precision. Spec track: the same model and agent's overall in this report.</p>"
        + "<table id=\"invariants-track\" class=\"sortable\"><thead><tr><th>model</th><th>agent</th><th>tasks</th>"
        + "<th>score</th><th>precision</th><th>recall</th><th>accepted / proposed</th><th>rejected (why)</th>"
        + "<th>spec track</th></tr></thead><tbody>");
    for (DiscoveryData.Row r : d.rows()) {
      h.append("<tr data-model=\"").append(Fmt.html(r.model())).append("\" data-agent=\"").append(Fmt.html(r.agent()))
          .append("\"><td>").append(Fmt.html(r.model())).append("</td><td>").append(Fmt.html(r.agent()))
          .append("</td><td class=\"num\">").append(r.tasks())
          .append(r.missingTasks().isEmpty() ? "" : " <span class=\"missing\">(missing: "
              + Fmt.html(String.join(", ", r.missingTasks())) + ")</span>")
          .append(r.notScored() > 0 ? " (+" + r.notScored() + " not scored)" : "").append("</td>")
          .append(num(r.score())).append(num(r.precision())).append(num(r.recall()))
          .append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.1f / %.1f", r.accepted(), r.proposed()))
          .append("</td><td>").append(Fmt.html(DiscoveryData.rejectedText(r.rejected()))).append("</td>")
          .append(r.specOverall() == null ? "<td class=\"num\" data-v=\"-1\">–</td>" : num(r.specOverall()))
          .append("</tr>");
    }
    h.append("</tbody></table>\n");
    if (!d.uncovered().isEmpty()) {
      h.append("<h3>Discoveries no expert template covers</h3><p class=\"note\">Accepted properties no expert"
          + " template implies or is implied by: they may be real properties the experts did not write down.</p>"
          + "<table id=\"discoveries\"><thead><tr><th>task</th><th>model</th><th>agent</th><th>property</th>"
          + "<th>meaning</th><th>definition</th></tr></thead><tbody>");
      for (DiscoveryData.Discovered p : d.uncovered()) {
        h.append("<tr><td>").append(Fmt.html(p.task())).append("</td><td>").append(Fmt.html(p.model()))
            .append("</td><td>").append(Fmt.html(p.agent())).append("</td><td>").append(Fmt.html(p.name()))
            .append(" (").append(Fmt.html(p.kind())).append(")</td><td>").append(Fmt.html(p.meaning()))
            .append("</td><td><pre>").append(Fmt.html(p.definition())).append("</pre></td></tr>");
      }
      h.append("</tbody></table>\n");
    }
  }

  private static String num(double v) {
    return "<td class=\"num\" data-v=\"" + String.format(Locale.ROOT, "%.6f", v) + "\">" + Fmt.pct(v) + "</td>";
  }

  private static void charts(StringBuilder h, ReportData d) {
    h.append("<h2>Scores per phase</h2><p class=\"note\">Mean per task × model × agent; the whisker is the 95%"
        + " interval.</p><div class=\"charts\">");
    List<String> series = new ArrayList<>(ReportData.PHASES);
    series.add("overall");
    for (String phase : series) {
      h.append(chart(phase, d.groups()));
    }
    h.append("</div>\n");
  }

  /** A horizontal bar chart: one bar per group, the 95% interval as a whisker, a 0-100 axis. */
  static String chart(String phase, List<ReportData.GroupRow> groups) {
    int label = 230;
    int plot = 260;
    int row = 22;
    int top = 8;
    int height = top + row * groups.size() + 24;
    StringBuilder s = new StringBuilder();
    s.append("<div class=\"chart\"><h3>").append(phase).append("</h3><svg id=\"chart-").append(phase)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(label + plot + 50).append("\" height=\"")
        .append(height).append("\" role=\"img\" aria-label=\"").append(phase).append(" scores\">");
    for (int t = 0; t <= 100; t += 25) {
      double x = label + plot * t / 100.0;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e4e8ec\"/>", x, top,
          x, height - 20));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\""
          + " fill=\"#57606a\">%d</text>", x, height - 6, t));
    }
    int i = 0;
    for (ReportData.GroupRow g : groups) {
      Estimate e = phase.equals("overall") ? g.overall() : g.phases().get(phase);
      int y = top + row * i++;
      String name = g.task() + " · " + g.model() + " · " + g.agent();
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
          label - 6, y + 14, Fmt.html(name.length() > 34 ? name.substring(0, 33) + "…" : name)));  // 34 characters of 11px text fit the label column
      double w = plot * e.mean();
      s.append(String.format(Locale.ROOT, "<rect class=\"bar%s\" data-group=\"%s\" data-value=\"%.4f\" x=\"%d\""
              + " y=\"%d\" width=\"%.1f\" height=\"14\"><title>%s: %s</title></rect>", e.mean() < 0.5 ? " low" : "",
          Fmt.html(g.id()), e.mean(), label, y + 3, w, Fmt.html(name), Fmt.html(Fmt.estimate(e))));
      if (e.hasInterval()) {
        double lo = label + plot * e.lo();
        double hi = label + plot * e.hi();
        s.append(String.format(Locale.ROOT, "<line class=\"ci\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", lo,
            y + 10, hi, y + 10));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>", label + w + 4,
          y + 14, e.n() == 0 ? "–" : Fmt.pct(e.mean())));
    }
    s.append("</svg></div>");
    return s.toString();
  }

  private static void groups(StringBuilder h, ReportData d) {
    h.append("<h2>Task × model × agent</h2><table id=\"groups\" class=\"sortable\"><thead><tr><th>task</th>"
        + "<th>model</th><th>agent</th><th>epochs</th><th>syntax</th><th>runtime</th><th>conformance</th>"
        + "<th>invariants</th><th>overall</th><th>pass@k</th><th>best-of-N</th><th>safety</th><th>liveness</th>"
        + "<th>cost</th><th>tokens in / out</th><th>top findings</th></tr></thead><tbody>");
    for (ReportData.GroupRow g : d.groups()) {
      h.append("<tr data-group=\"").append(Fmt.html(g.id())).append("\"><td>").append(Fmt.html(g.task()))
          .append("</td><td>").append(Fmt.html(g.model())).append("</td><td>")
          .append(Fmt.html(Fmt.agent(g.model(), g.agent()))).append("</td><td class=\"num\">").append(g.scored())
          .append(g.infraFailed() > 0 ? " (+" + g.infraFailed() + " infra)" : "")
          .append(g.graderFailures() > 0 ? " (" + g.graderFailures() + " grader-failed phases)" : "").append("</td>");
      for (String p : ReportData.PHASES) {
        Estimate e = g.phases().get(p);
        h.append("<td class=\"num\" data-v=\"").append(e.mean()).append("\">").append(Fmt.estimate(e)).append("</td>");
      }
      h.append("<td class=\"num\" data-v=\"").append(g.overall().mean()).append("\">")
          .append(Fmt.estimate(g.overall())).append("</td><td>")
          .append(Fmt.passAtK(g.passAtK()))
          .append("</td>").append(num(g.best().overall())).append("<td>").append(Fmt.rate(g.safety()))
          .append("</td><td>").append(Fmt.rate(g.liveness())).append("</td><td class=\"num\">")
          .append(Fmt.html(Fmt.cost(g.model(), g.usage()))).append("</td><td class=\"num\">").append(Fmt.tokens(g.model(), g.usage()))
          .append("</td><td>").append(Fmt.html(g.topFindings().stream().map(k -> k.phase() + ":" + k.kind() + " ×" + k.count())
              .collect(Collectors.joining(", ")))).append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void safetyLiveness(StringBuilder h, ReportData d) {
    h.append("<h2>Safety vs liveness</h2><table id=\"safety-liveness\"><thead><tr><th>kind</th>"
        + "<th>invariants holding</th></tr></thead><tbody><tr><td>safety</td><td class=\"num\">")
        .append(Fmt.rate(d.safety())).append("</td></tr><tr><td>liveness</td><td class=\"num\">")
        .append(Fmt.rate(d.liveness())).append("</td></tr></tbody></table>\n");
  }

  private static void kinds(StringBuilder h, ReportData d) {
    h.append("<h2>Most common reasons for lost points</h2><table id=\"finding-kinds\"><thead><tr><th>phase</th>"
        + "<th>finding kind</th><th>count</th></tr></thead><tbody>");
    d.findingKinds().stream().limit(20).forEach(k -> h.append("<tr><td>").append(k.phase()).append("</td><td>")
        .append(Fmt.html(k.kind())).append("</td><td class=\"num\">").append(k.count()).append("</td></tr>"));
    h.append("</tbody></table>\n");
  }

  private static void cells(StringBuilder h, ReportData d) {
    h.append("<h2>Cells</h2><div id=\"cells\">");
    int i = 0;
    for (ReportData.CellRow c : d.cells()) {
      String verdict = c.result() == null ? c.status() : c.result().verdict().name();
      h.append("<details class=\"cell\" id=\"cell-").append(i++).append("\" data-cell=\"").append(Fmt.html(c.cell()))
          .append("\" data-run=\"").append(Fmt.html(c.run())).append("\"><summary>").append(Fmt.html(c.cell()))
          .append(" — <span class=\"").append(verdict).append("\">").append(verdict).append("</span> ")
          .append(c.result() == null ? "not scored" : Fmt.pct(c.overall()) + "%")
          .append(c.failure().equals("NONE") ? "" : " · " + c.failure().toLowerCase(Locale.ROOT) + " failure: "
              + Fmt.html(c.failureMessage()))
          .append("</summary>");
      h.append("<p class=\"note\">run ").append(Fmt.html(c.run())).append(" · ").append(Fmt.html(Fmt.llmUse(c)))
          .append("</p>");
      if (c.result() != null) {
        phases(h, c);
      }
      h.append("<h4>Spec</h4><pre class=\"spec\">").append(Fmt.html(c.spec().isEmpty() ? "(no spec)" : c.spec()))
          .append("</pre>");
      if (!c.cfg().isEmpty()) {
        h.append("<h4>Config</h4><pre class=\"cfg\">").append(Fmt.html(c.cfg())).append("</pre>");
      }
      h.append("</details>\n");
    }
    h.append("</div>\n");
  }

  private static void phases(StringBuilder h, ReportData.CellRow c) {
    h.append("<table class=\"phases\"><thead><tr><th>phase</th><th>verdict</th><th>score</th><th>summary</th></tr>"
        + "</thead><tbody>");
    for (PhaseResult p : c.result().phases()) {
      h.append("<tr data-phase=\"").append(p.phase().id()).append("\"><td>").append(p.phase().id())
          .append("</td><td class=\"").append(p.verdict().name()).append("\">").append(p.verdict().name())
          .append("</td><td class=\"num\">").append(Fmt.pct(p.score())).append("</td><td>")
          .append(Fmt.html(p.summary())).append("</td></tr>");
    }
    h.append("</tbody></table>");
    List<String> notes = c.result().notes();
    if (!notes.isEmpty()) {
      h.append("<p class=\"note\">").append(Fmt.html(String.join(" · ", notes))).append("</p>");
    }
    h.append("<ul class=\"findings\">");
    for (PhaseResult p : c.result().phases()) {
      for (Finding f : p.findings()) {
        h.append("<li class=\"finding").append(f.lostPoints() ? " loss" : "").append("\" data-kind=\"")
            .append(Fmt.html(f.kind())).append("\"><b>").append(p.phase().id()).append(" · ").append(Fmt.html(f.kind()))
            .append("</b>: ").append(Fmt.html(f.message()));
        if (!f.where().isEmpty()) {
          h.append(" <code>").append(Fmt.html(f.where())).append("</code>");
        }
        if (!f.detail().isEmpty()) {
          h.append("<pre>").append(Fmt.html(f.detail())).append("</pre>");
        }
        h.append("</li>");
      }
    }
    h.append("</ul>");
    for (PhaseResult p : c.result().phases()) {
      if (p.details() instanceof PhaseDetails.Conformance conf) {
        for (PhaseDetails.TraceCheck t : conf.traces()) {
          h.append("<div class=\"trace\" data-trace=\"").append(Fmt.html(t.trace())).append("\">trace <code>")
              .append(Fmt.html(t.trace())).append("</code>: ").append(t.outcome().name()).append(", ")
              .append(t.matched()).append(" of ").append(t.events()).append(" events explained");
          if (!t.firstUnexplained().isEmpty()) {
            h.append("; first unexplained event: <code class=\"first-unexplained\">")
                .append(Fmt.html(t.firstUnexplained())).append("</code>");
          }
          if (!t.actions().isEmpty()) {
            h.append("<table class=\"replay\"><thead><tr><th>action</th><th>events</th><th>explained</th>"
                + "<th>unchanged</th><th>failed here</th></tr></thead><tbody>");
            for (PhaseDetails.ActionReplay a : t.actions()) {
              h.append("<tr data-action=\"").append(Fmt.html(a.action())).append("\"><td>").append(Fmt.html(a.action()))
                  .append("</td><td class=\"num\">").append(a.events()).append("</td><td class=\"num\">")
                  .append(a.explained()).append("</td><td class=\"num\">").append(a.unchanged())
                  .append("</td><td>").append(a.failed() ? "<b class=\"FAIL\">yes</b>" : "").append("</td></tr>");
            }
            h.append("</tbody></table>");
          }
          h.append("</div>");
        }
      } else if (p.details() instanceof PhaseDetails.Invariants inv) {
        for (PhaseDetails.InvariantCheck i : inv.invariants()) {
          h.append("<div class=\"invariant\" data-invariant=\"").append(Fmt.html(i.name())).append("\">")
              .append(Fmt.html(i.kind())).append(" <code>").append(Fmt.html(i.name())).append("</code>: ")
              .append(i.outcome().name());
          if (!i.counterexample().isEmpty()) {
            h.append("<pre class=\"counterexample\">").append(Fmt.html(i.counterexample())).append("</pre>");
          }
          h.append("</div>");
        }
      }
    }
  }
}
