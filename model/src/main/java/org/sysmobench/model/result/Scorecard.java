package org.sysmobench.model.result;

import java.util.Locale;

/** Renders an {@link EvalResult} for a terminal: one line per phase, then where every point was lost. */
public final class Scorecard {
  private Scorecard() {}

  public static String render(EvalResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.task()).append(" · ").append(r.spec()).append(" · profile ").append(r.profile())
        .append(" · seed ").append(r.seed()).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-12s %5s %5s  %-13s%n", "phase", "sound", "paper", "verdict"));
    for (PhaseResult p : r.phases()) {
      sb.append(String.format(Locale.ROOT, "  %-12s %5.2f %5.2f  %-13s %s%n", p.phase().id(), p.scores().sound(),
          p.scores().paper(), p.verdict().name(), p.summary()));
    }
    sb.append(r.isScored()
        ? String.format(Locale.ROOT, "  %-12s %5.2f %5.2f  %s  (headline: %s)%n", "overall", r.scores().sound(),
            r.scores().paper(), r.verdict().name(), r.profile())
        : String.format(Locale.ROOT, "  %-12s %11s  %s%n", "overall", "not scored", r.verdict().name()));
    if (!r.notes().isEmpty()) {
      sb.append("Notes:\n");
      r.notes().forEach(n -> sb.append("  - ").append(n).append('\n'));
    }
    boolean header = false;
    for (PhaseResult p : r.phases()) {
      for (Finding f : p.findings()) {
        if (!f.lostPoints()) {
          continue;
        }
        if (!header) {
          sb.append("Where points were lost:\n");
          header = true;
        }
        sb.append("  ").append(p.phase().id()).append(": ").append(f.message());
        if (!f.where().isEmpty() && !f.message().contains(f.where())) {
          sb.append("  [").append(f.where()).append(']');
        }
        sb.append('\n');
        if (!f.detail().isEmpty()) {
          f.detail().lines().limit(40).forEach(l -> sb.append("      ").append(l).append('\n'));
        }
      }
    }
    return sb.toString();
  }
}
