package org.sysmobench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number and text formatting shared by the renderers. */
final class Fmt {
  private Fmt() {}

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f", v * 100);
  }

  static String estimate(Estimate e) {
    if (e.n() == 0) {
      return "–";
    }
    return e.hasInterval() ? pct(e.mean()) + " [" + pct(e.lo()) + ", " + pct(e.hi()) + "]" : pct(e.mean());
  }

  static String usd(BigDecimal v) {
    return "$" + v.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** What was spent; calls of unknown cost and what cache hits would have cost are said apart. */
  static String cost(ReportData.UsageTotals u) {
    return usd(u.spentUsd()) + (u.unpricedCalls() > 0 ? " + " + u.unpricedCalls() + " calls of unknown cost" : "")
        + (u.cachedCalls() > 0 ? " (" + u.cachedCalls() + " cached: $0, would have cost " + usd(u.cachedValueUsd()) + ")"
            : "");
  }

  /** The cost column: what was spent, or that a pseudo-model calls no LLM at all. */
  static String cost(String model, ReportData.UsageTotals u) {
    return isPseudo(model) && u.calls() == 0 ? "– (no LLM call)" : cost(u);
  }

  /** The tokens column; a pseudo-model has none to count. */
  static String tokens(String model, ReportData.UsageTotals u) {
    return isPseudo(model) && u.calls() == 0 ? "–" : tokens(u);
  }

  private static boolean isPseudo(String model) {
    return org.sysmobench.model.PseudoModel.isPseudoModel(org.sysmobench.model.ModelId.of(model));
  }

  /** The agent column: pseudo-models have none. */
  static String agent(String model, String agent) {
    return isPseudo(model) ? "— (pseudo-model)" : agent;
  }

  /** What a cell's LLM use was, or that it had none because a pseudo-model is the task's own spec. */
  static String llmUse(ReportData.CellRow c) {
    java.util.Optional<org.sysmobench.model.PseudoModel> p =
        org.sysmobench.model.PseudoModel.parse(org.sysmobench.model.ModelId.of(c.model()));
    if (p.isPresent()) {
      return "pseudo-model: " + p.get().describe() + "; no agent, no LLM call";
    }
    return "LLM " + c.usage().calls() + " calls (" + c.usage().cachedCalls() + " cached) · tokens " + tokens(c.usage())
        + " · " + cost(c.usage());
  }

  static String tokens(ReportData.UsageTotals u) {
    return compact(u.inputTokens()) + " / " + compact(u.outputTokens());
  }

  static String compact(long n) {
    return n >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", n / 1e6)
        : n >= 1_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : Long.toString(n);
  }

  /** pass@k entries in k order: {@code @1 66.7, @2 100.0}. */
  static String passAtK(java.util.Map<String, Double> m) {
    return m.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getKey())))
        .map(e -> "@" + e.getKey() + " " + pct(e.getValue())).collect(java.util.stream.Collectors.joining(", "));
  }

  static String rate(ReportData.Rate r) {
    return r.total() == 0 ? "–" : pct(r.rate()) + "% (" + r.passed() + "/" + r.total() + ")";
  }

  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Markdown table cell: no pipes or newlines. */
  static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
