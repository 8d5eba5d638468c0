package org.sysmobench.tla.tlc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One state of a counterexample.
 *
 * @param number TLC's 1-based state number
 * @param label TLC's label for the step, e.g. {@code <Next line 5, col 9 to line 5, col 24 of module
 *     Loop>} or {@code <Initial predicate>}
 * @param variables the variables' values, in the order TLC printed them
 */
public record TraceStep(int number, String label, Map<String, TlaValue> variables) {
  public TraceStep {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  /** The action's name ("Initial predicate" for the first state). */
  public String action() {
    String l = label.strip();
    if (l.startsWith("<") && l.endsWith(">")) {
      l = l.substring(1, l.length() - 1);
    }
    int at = l.indexOf(" line ");
    return at > 0 ? l.substring(0, at) : l;
  }

  /** Where the action is defined, when TLC says so. */
  public Optional<SourceLocation> location() {
    return SourceLocation.find(label);
  }
}
