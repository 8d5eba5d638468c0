package org.sysmobench.tla.sany;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem SANY (or the facade's own pre-checks) reported.
 *
 * @param kind what kind of problem
 * @param severity whether it makes the parse fail
 * @param module the module it is in; empty string when SANY did not say
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param endLine 1-based end line (inclusive), 0 when unknown
 * @param endColumn 1-based end column (inclusive), 0 when unknown
 * @param message SANY's message, whitespace-normalised
 */
public record Diagnostic(DiagnosticKind kind, Severity severity, String module, int line, int column, int endLine,
    int endColumn, String message) {

  /** SANY's two wordings for a name that is neither declared nor defined. */
  private static final Pattern UNDEFINED = Pattern.compile(
      "^(?:Unknown operator: `(.+)'\\.|Could not find declaration or definition of symbol '(.+)'\\.)$");

  public Diagnostic {
    if (kind == null || severity == null || module == null || message == null) {
      throw new IllegalArgumentException("kind, severity, module and message are required");
    }
  }

  /** Whether the diagnostic carries a position. */
  public boolean hasPosition() {
    return line > 0;
  }

  /** The range, when the diagnostic has one. */
  public Optional<SourceRange> range() {
    return hasPosition() ? Optional.of(new SourceRange(module, line, column, endLine, endColumn)) : Optional.empty();
  }

  /**
   * The name this diagnostic reports as undefined ({@code Unknown operator: `y'.}), if it is one:
   * what a caller stubs to check one definition on its own.
   */
  public Optional<String> undefinedSymbol() {
    if (kind != DiagnosticKind.SEMANTIC) {
      return Optional.empty();
    }
    Matcher m = UNDEFINED.matcher(message);
    return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  /** {@code Module:line:col: kind: message}, as compilers print. */
  @Override
  public String toString() {
    String where = module.isEmpty() ? "?" : module;
    if (hasPosition()) {
      where += ":" + line + ":" + column;
    }
    return where + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + (severity == Severity.WARNING ? " warning" : "")
        + ": " + message;
  }
}
