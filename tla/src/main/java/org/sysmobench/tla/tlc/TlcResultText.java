package org.sysmobench.tla.tlc;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Renders a {@link TlcResult} for a human: verdict, why, the counterexample, statistics, coverage. */
public final class TlcResultText {

  public String render(TlcResult r) {
    StringBuilder sb = new StringBuilder();
    TlcJob job = r.job();
    String mode = job.mode() instanceof TlcMode.Simulate s
        ? "simulation of " + s.behaviours() + " behaviours up to depth " + s.depth() : "model checking";
    sb.append("TLC ").append(mode).append(" of ").append(job.spec().getFileName())
        .append(" with ").append(job.config().getFileName()).append(" (seed ").append(job.seed()).append(")\n");
    sb.append(r.verdict().name()).append(": ").append(r.outcome().summary()).append('\n');
    TlcOutcome o = r.outcome();
    if (o instanceof TlcOutcome.SafetyViolated v) {
      trace(sb, v.trace());
    } else if (o instanceof TlcOutcome.LivenessViolated v) {
      trace(sb, v.trace());
    } else if (o instanceof TlcOutcome.Deadlock d) {
      trace(sb, d.trace());
      sb.append("  (no action is enabled in the last state)\n");
    } else if (o instanceof TlcOutcome.AssertionFailed a) {
      message(sb, a.message(), a.locations());
      trace(sb, a.trace());
    } else if (o instanceof TlcOutcome.EvaluationError e) {
      message(sb, e.message(), e.locations());
      trace(sb, e.trace());
    } else if (o instanceof TlcOutcome.ParseError p) {
      message(sb, p.message(), p.locations());
    } else if (o instanceof TlcOutcome.ConfigError c) {
      message(sb, c.message(), List.of());
    } else if (o instanceof TlcOutcome.HarnessError h && !h.detail().isBlank()) {
      sb.append("details:\n").append(indent(tail(h.detail(), 2000))).append('\n');
    }
    TlcStats s = r.stats();
    sb.append("stats: ").append(count(s.generated())).append(" states generated, ").append(count(s.distinct()))
        .append(" distinct, ").append(count(s.leftOnQueue())).append(" left on queue, depth ").append(count(s.depth()))
        .append(", ").append(String.format(java.util.Locale.ROOT, "%.2f s", s.duration().toMillis() / 1000.0))
        .append('\n');
    if (!r.coverage().isEmpty()) {
      sb.append("coverage (distinct / generated states per action):\n");
      for (ActionCoverage c : r.coverage()) {
        sb.append(String.format(java.util.Locale.ROOT, "  %-24s %8d / %-8d%s%n", c.action(), c.distinct(),
            c.generated(), c.neverEnabled() ? "  never enabled" : ""));
      }
    }
    return sb.toString();
  }

  private static void message(StringBuilder sb, String message, List<SourceLocation> locations) {
    sb.append(indent(message.strip())).append('\n');
    if (!locations.isEmpty()) {
      sb.append("  at:\n");
      for (SourceLocation l : locations) {
        sb.append("    module ").append(l.module()).append(", line ").append(l.line()).append(", column ")
            .append(l.column()).append(" to line ").append(l.endLine()).append(", column ").append(l.endColumn())
            .append('\n');
      }
    }
  }

  private static void trace(StringBuilder sb, Trace t) {
    if (t.isEmpty()) {
      return;
    }
    sb.append("counterexample (").append(t.length()).append(" states):\n");
    Map<String, TlaValue> previous = Map.of();
    for (TraceStep step : t.steps()) {
      sb.append("  state ").append(step.number()).append(": ").append(step.action());
      step.location().ifPresent(l -> sb.append("  (").append(l.module()).append(" line ").append(l.line()).append(')'));
      sb.append('\n');
      for (Map.Entry<String, TlaValue> e : step.variables().entrySet()) {
        boolean changed = !previous.isEmpty() && !Objects.equals(previous.get(e.getKey()), e.getValue());
        sb.append(changed ? "  * " : "    ").append(e.getKey()).append(" = ").append(e.getValue().render()).append('\n');
      }
      previous = step.variables();
    }
    if (t.tail() instanceof TraceTail.Stuttering) {
      sb.append("  then stutters forever (nothing changes)\n");
    } else if (t.tail() instanceof TraceTail.BackToState b) {
      sb.append("  then ").append(b.action()).append(" leads back to state ").append(b.stateNumber())
          .append(" and the cycle repeats forever\n");
    }
  }

  private static String count(long n) {
    return n < 0 ? "?" : Long.toString(n);
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : "..." + s.substring(s.length() - n);
  }
}
