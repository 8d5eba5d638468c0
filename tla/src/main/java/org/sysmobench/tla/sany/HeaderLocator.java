package org.sysmobench.tla.sany;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a position to the SANY aborts that have none, by finding the name they are about in the
 * caller's text: a missing module in the root module's EXTENDS/INSTANCE, or the module header's name
 * for a file-name mismatch. Why: "Unknown location" is useless to an LLM repairing its spec.
 */
final class HeaderLocator {

  private static final Pattern MISSING =
      Pattern.compile("Cannot find source file for module (\\w+) imported in module (\\w+)");
  private static final Pattern MISMATCH = Pattern.compile("does not match the name '(\\w+)'");
  private static final Pattern HEADER = Pattern.compile("MODULE\\s+(\\w+)");

  private HeaderLocator() {}

  /** {@code d} with a position, when one can be found in {@code text} of module {@code rootModule}. */
  static Diagnostic locate(Diagnostic d, String text, String rootModule) {
    if (d.hasPosition()) {
      return d;
    }
    Optional<int[]> at = Optional.empty();
    Matcher m;
    if (d.kind() == DiagnosticKind.MISSING_MODULE && (m = MISSING.matcher(d.message())).find()
        && m.group(2).equals(rootModule)) {
      at = find(text, Pattern.compile("\\b(?:EXTENDS|INSTANCE)\\b[^\\n]*?\\b(" + Pattern.quote(m.group(1)) + ")\\b"));
    } else if (d.kind() == DiagnosticKind.NAME_MISMATCH && (m = MISMATCH.matcher(d.message())).find()) {
      at = find(text, HEADER);
    }
    return at.map(p -> new Diagnostic(d.kind(), d.severity(), rootModule, p[0], p[1], p[0], p[1] + p[2] - 1,
        d.message())).orElse(d);
  }

  /** Line, column and length of group 1 of the first match. */
  private static Optional<int[]> find(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int offset = m.start(1);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.of(new int[] {line, offset - lineStart + 1, m.end(1) - m.start(1)});
  }
}
