package org.sysmobench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;

/**
 * Says where a spec that must score 100% (a task's reference) lost points, in terms a task author acts
 * on: the phase finding, and for a trace that the reference does not explain, the trace file and the
 * line of its first unexplained event ({@code traces/handover.ndjson:5}).
 */
final class LostPointsExplainer {
  private static final Pattern SEQ_IN_DESCRIPTION = Pattern.compile("^seq (\\d+)\\b");
  private static final Pattern SEQ_IN_LINE = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)\\b");

  private LostPointsExplainer() {}

  /** One line per lost point, indented; empty when nothing was lost. */
  static List<String> explain(EvalResult result, Path traceFolder) {
    List<String> lines = new ArrayList<>();
    for (PhaseResult p : result.phases()) {
      if (p.score() >= 1) {
        continue;
      }
      if (p.details() instanceof PhaseDetails.Conformance c && !c.traces().isEmpty()) {
        for (PhaseDetails.TraceCheck t : c.traces()) {
          if (t.outcome() != PhaseDetails.TraceOutcome.ACCEPTED) {
            lines.add("    " + p.phase().id() + ": " + where(t, traceFolder) + ": " + what(t));
          }
        }
        continue;
      }
      for (Finding f : p.findings()) {
        if (f.lostPoints()) {
          lines.add("    " + p.phase().id() + ": " + (f.where().isEmpty() ? "" : f.where() + ": ") + f.message());
        }
      }
      if (p.findings().stream().noneMatch(Finding::lostPoints)) {
        lines.add("    " + p.phase().id() + ": " + p.summary());
      }
    }
    return lines;
  }

  private static String what(PhaseDetails.TraceCheck t) {
    return switch (t.outcome()) {
      case REJECTED -> "the spec explains " + t.matched() + " of " + t.events() + " events; first unexplained: "
          + t.firstUnexplained();
      case INCOMPLETE -> "replay hit its budget: " + t.message();
      default -> t.message();
    };
  }

  /** The trace file, with the line of the first unexplained event when the trace was rejected. */
  static String where(PhaseDetails.TraceCheck t, Path traceFolder) {
    Path file = traceFolder.resolve(t.trace());
    if (!Files.isRegularFile(file)) {
      return t.trace();
    }
    if (t.outcome() != PhaseDetails.TraceOutcome.REJECTED) {
      return file.toString();
    }
    OptionalInt line = lineOfEvent(file, t);
    return line.isPresent() ? file + ":" + line.getAsInt() : file.toString();
  }

  /** The 1-based line of the first unexplained event: found by its seq, else by its position. */
  static OptionalInt lineOfEvent(Path file, PhaseDetails.TraceCheck t) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    Matcher wanted = SEQ_IN_DESCRIPTION.matcher(t.firstUnexplained());
    if (wanted.find()) {
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = SEQ_IN_LINE.matcher(lines.get(i));
        if (!lines.get(i).contains("\"schema\"") && m.find() && m.group(1).equals(wanted.group(1))) {
          return OptionalInt.of(i + 1);
        }
      }
    }
    int event = -1; // the header is event -1
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && ++event == t.matched() + 1) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }
}
