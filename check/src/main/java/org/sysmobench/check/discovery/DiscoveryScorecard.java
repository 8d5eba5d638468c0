package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.model.result.DiscoveryResult.TemplateCoverage;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.model.result.DiscoveryResult;

/** A discovery result as people read it in a terminal: the score and its parts, then every property's verdict. */
public final class DiscoveryScorecard {
  private DiscoveryScorecard() {}

  public static String render(DiscoveryResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("invariants track: ").append(r.task()).append(" (").append(r.mode()).append(" checks), ")
        .append(r.properties().size()).append(" propert").append(r.properties().size() == 1 ? "y" : "ies")
        .append(" proposed").append(tally(r.tally())).append('\n');
    if (!r.scored()) {
      sb.append("NOT SCORED (harness error): ").append(String.join("; ", r.notes())).append('\n');
      return sb.toString();
    }
    if (r.mode().equals("scoring")) {
      sb.append(String.format(Locale.ROOT, "score %.2f = precision %.2f x (discovered %.2f + recall %.2f) / 2; %s%n",
          r.score(), r.precision(), r.discovered(), r.recall(), r.verdict()));
    }
    for (PropertyResult p : r.properties()) {
      sb.append(String.format(Locale.ROOT, "  %-19s %s%s: %s", p.status(), p.name(),
          p.kind().isEmpty() ? "" : " (" + p.kind() + ")", p.reason()));
      List<String> related = new ArrayList<>(p.implies());
      p.impliedBy().stream().filter(x -> !related.contains(x)).forEach(related::add);
      if (p.status() == PropertyStatus.ACCEPTED && r.mode().equals("scoring")) {
        sb.append(related.isEmpty() ? "; covers no template (a discovery of its own)" : "; covers " + String.join(", ",
            related));
      }
      sb.append('\n');
    }
    if (!r.templates().isEmpty()) {
      sb.append("expert templates:\n");
      for (TemplateCoverage t : r.templates()) {
        sb.append("  ").append(t.name()).append(" (").append(t.kind()).append("): ")
            .append(!t.violatedByHidden() ? "no hidden mutant breaks it (not counted)"
                : t.coveredBy().isEmpty() ? "not covered" : "covered by " + String.join(", ", t.coveredBy()))
            .append('\n');
      }
    }
    r.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
    return sb.toString();
  }

  private static String tally(Map<String, Integer> tally) {
    if (tally.isEmpty()) {
      return "";
    }
    return ": " + tally.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }
}
