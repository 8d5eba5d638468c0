package org.sysmobench.check.runtime;

import java.util.List;
import java.util.Optional;
import org.sysmobench.check.EvalInputs;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/** Which part of the spec an evaluation error or failed assertion belongs to, from TLC's locations. */
final class ErrorAttribution {
  /**
   * An error of the spec's.
   *
   * @param message the line that says what went wrong
   * @param locations TLC's stack of nested expressions, outermost first (or the locations its message names)
   */
  record Error(String message, List<SourceLocation> locations) {
    /** Where, for people: " at Module:line:column" of the innermost location, or nothing. */
    String at() {
      return locations.isEmpty() ? "" : " at " + locations.get(locations.size() - 1);
    }
  }

  private ErrorAttribution() {}

  static Optional<Error> of(TlcResult r) {
    if (r.outcome() instanceof TlcOutcome.EvaluationError e) {
      return Optional.of(new Error(coreMessage(e.message()), e.locations()));
    }
    if (r.outcome() instanceof TlcOutcome.AssertionFailed a) {
      return Optional.of(new Error("assertion failed: " + coreMessage(a.message()), a.locations()));
    }
    return Optional.empty();
  }

  /** The contract action whose definition encloses the error, searching the stack from the innermost location. */
  static Optional<String> contractAction(EvalInputs ctx, Error e) {
    String module = ctx.task().spec().module();
    for (int i = e.locations().size() - 1; i >= 0; i--) {
      SourceLocation loc = e.locations().get(i);
      if (!loc.module().equals(module)) {
        continue;
      }
      Optional<String> action = ctx.parse().definitions().stream()
          .filter(d -> ctx.defined().contains(d.name()) && encloses(d, loc)).map(Definition::name).findFirst();
      if (action.isPresent()) {
        return action;
      }
    }
    return Optional.empty();
  }

  /** The definition holding the first location in the spec's module (the paper profile's attribution). */
  static Optional<String> innermostDefinition(EvalInputs ctx, Error e) {
    String module = ctx.task().spec().module();
    for (SourceLocation loc : e.locations()) {
      if (!loc.module().equals(module)) {
        continue;
      }
      Optional<Definition> def = ctx.parse().definitions().stream().filter(d -> encloses(d, loc)).reduce((a, b) -> b);
      if (def.isPresent()) {
        return Optional.of(def.get().name());
      }
    }
    return Optional.empty();
  }

  private static boolean encloses(Definition d, SourceLocation loc) {
    return d.range().line() <= loc.line() && loc.line() <= d.range().endLine();
  }

  /**
   * The line that says what went wrong. TLC wraps errors it did not expect (as in simulation) in
   * "TLC threw an unexpected exception ... The exception was a ...: <what>"; the last line is the news.
   */
  static String coreMessage(String message) {
    List<String> lines = message.replaceAll("@!@!@STARTMSG \\d+:\\d+ @!@!@", "").lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.equals(":")).toList();
    if (lines.isEmpty()) {
      return "";
    }
    return lines.get(0).startsWith("TLC threw an unexpected exception") ? lines.get(lines.size() - 1) : lines.get(0);
  }
}
