package org.sysmobench.tla.tlc;

import java.util.List;
import java.util.Optional;
import org.sysmobench.model.Verdict;

/**
 * What one TLC job found. Exactly one per job. "No error" is only {@link Ok} when the search
 * completed: any budget hit or any state left on the queue is {@link Incomplete}.
 */
public sealed interface TlcOutcome {

  /** The verdict this outcome carries in the project's vocabulary. */
  Verdict verdict();

  /** A one-line human summary. */
  String summary();

  /** The complete search (or all requested simulation behaviours) found no error. */
  record Ok() implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.PASS;
    }

    public String summary() {
      return "no error found (run complete)";
    }
  }

  /** An invariant (or action property) is violated; {@code trace} ends in the violating state. */
  record SafetyViolated(String invariant, Trace trace) implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "invariant " + invariant + " is violated (trace of " + trace.length() + " states)";
    }
  }

  /**
   * A temporal property is violated. TLC 2.18 does not say which property failed; {@code
   * candidates} lists the properties the config checks, and {@link #property()} names it when there
   * is only one.
   */
  record LivenessViolated(List<String> candidates, Trace trace) implements TlcOutcome {
    public LivenessViolated {
      candidates = List.copyOf(candidates);
    }

    public Optional<String> property() {
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "temporal property " + property().orElse("(one of " + candidates + ")") + " is violated (trace of "
          + trace.length() + " states)";
    }
  }

  /** A reachable state has no successor and deadlock checking is on. */
  record Deadlock(Trace trace) implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "deadlock reached (trace of " + trace.length() + " states)";
    }
  }

  /** {@code Assert(FALSE, msg)} was evaluated, or an {@code ASSUME} is false. */
  record AssertionFailed(String message, List<SourceLocation> locations, Trace trace) implements TlcOutcome {
    public AssertionFailed {
      locations = List.copyOf(locations);
    }

    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "assertion failed: " + firstLine(message);
    }
  }

  /**
   * TLC could not evaluate an expression (division by zero, a non-enumerable set, infinite
   * recursion, a type error, ...). {@code locations} is TLC's nested-expression stack, outermost
   * first; {@code trace} leads to the state where it happened (empty if TLC printed none).
   */
  record EvaluationError(String message, List<SourceLocation> locations, Trace trace) implements TlcOutcome {
    public EvaluationError {
      locations = List.copyOf(locations);
    }

    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "evaluation error: " + firstLine(message)
          + (locations.isEmpty() ? "" : " at " + locations.get(locations.size() - 1));
    }
  }

  /** SANY rejected the spec. {@code message} is SANY's text; {@code locations} its positions. */
  record ParseError(String message, List<SourceLocation> locations) implements TlcOutcome {
    public ParseError {
      locations = List.copyOf(locations);
    }

    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "parse error: " + headline(message);
    }

    /** SANY's most telling line: what it encountered, else the first line that is not a header. */
    private static String headline(String text) {
      List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      for (String l : lines) {
        if (l.startsWith("Encountered") || l.startsWith("Lexical error")) {
          return l;
        }
      }
      for (String l : lines) {
        if (!l.startsWith("***") && !l.startsWith("Semantic errors") && !l.startsWith("Fatal errors")
            && !l.matches("line \\d+, col.*")) {
          return l + (locationsHint(lines));
        }
      }
      return firstLine(text);
    }

    private static String locationsHint(List<String> lines) {
      for (String l : lines) {
        if (l.matches("line \\d+, col.*")) {
          return " (" + l + ")";
        }
      }
      return "";
    }
  }

  /** The TLC configuration is missing or wrong (unknown invariant, missing constant, no NEXT, ...). */
  record ConfigError(String message) implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.FAIL;
    }

    public String summary() {
      return "configuration error: " + firstLine(message);
    }
  }

  /** A budget stopped the job before it completed; {@code stats} are the last numbers known. */
  record Incomplete(Budget budget, TlcStats stats, String detail) implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.INCOMPLETE;
    }

    public String summary() {
      return "incomplete (" + budget.name().toLowerCase(java.util.Locale.ROOT) + " budget): " + detail;
    }
  }

  /** Our fault (worker crash, protocol failure, driver bug): never counted against the spec. */
  record HarnessError(String message, String detail) implements TlcOutcome {
    public Verdict verdict() {
      return Verdict.HARNESS_ERROR;
    }

    public String summary() {
      return "harness error: " + message;
    }
  }

  /** Which limit made a job {@link Incomplete}. */
  enum Budget {
    /** Wall time ran out (TLC stopped gracefully, or the worker was killed at the hard limit). */
    TIME,
    /** The distinct-state budget, or the budget of states generated (steps evaluated), was reached. */
    STATES,
    /** The BFS depth budget was exceeded. */
    DEPTH,
    /** The worker ran out of heap (its -Xmx); the worker was replaced. */
    MEMORY,
    /** TLC stopped with states left on the queue for a reason it did not state. */
    UNFINISHED_SEARCH
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
