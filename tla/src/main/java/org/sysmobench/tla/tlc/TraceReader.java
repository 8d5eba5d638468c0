package org.sysmobench.tla.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the counterexample out of TLC's messages: states (2217), the liveness "Stuttering" marker
 * (2218) and the "Back to state" loop marker (2122).
 *
 * <p>A state body is {@code "<n>: <label>"} followed by {@code /\ var = value} lines (one conjunct per
 * variable; long values continue on indented lines) or, for a single variable, a bare {@code var =
 * value}.
 */
final class TraceReader {
  static final int STATE = 2217;
  static final int STUTTERING = 2218;
  static final int BACK_TO_STATE = 2122;

  private static final Pattern HEADER = Pattern.compile("^(\\d+): (.*)$");
  private static final Pattern BACK = Pattern.compile("^(\\d+): Back to state: (.*)$", Pattern.DOTALL);

  private TraceReader() {}

  static Trace read(ToolOutput output) {
    List<TraceStep> steps = new ArrayList<>();
    TraceTail tail = new TraceTail.Finite();
    for (ToolMessage m : output.messages()) {
      if (m.code() == STATE) {
        TraceStep step = step(m.body());
        if (step == null) {
          continue;
        }
        if (step.number() == 1) {
          steps.clear(); // a new trace starts: keep only the last one TLC printed
          tail = new TraceTail.Finite();
        }
        steps.add(step);
      } else if (m.code() == STUTTERING) {
        tail = new TraceTail.Stuttering();
      } else if (m.code() == BACK_TO_STATE) {
        Matcher b = BACK.matcher(m.body().strip());
        if (b.matches()) {
          String label = b.group(2).strip();
          tail = new TraceTail.BackToState(Integer.parseInt(b.group(1)), new TraceStep(0, label, Map.of()).action());
        }
      }
    }
    return new Trace(steps, tail);
  }

  private static TraceStep step(String body) {
    String[] lines = body.split("\n", -1);
    Matcher h = HEADER.matcher(lines[0].strip());
    if (!h.matches()) {
      return null;
    }
    int number = Integer.parseInt(h.group(1));
    String label = h.group(2).strip();
    Map<String, TlaValue> vars = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("/\\ ")) {
        if (current != null) {
          entries.add(current.toString());
        }
        current = new StringBuilder(line.substring(3));
      } else if (current != null) {
        current.append('\n').append(line);
      } else if (!line.isBlank()) {
        current = new StringBuilder(line);
      }
    }
    if (current != null) {
      entries.add(current.toString());
    }
    for (String e : entries) {
      int eq = e.indexOf(" = ");
      if (eq > 0) {
        vars.put(e.substring(0, eq).strip(), TlaValueParser.parse(e.substring(eq + 3)));
      }
    }
    return new TraceStep(number, label, vars);
  }
}
