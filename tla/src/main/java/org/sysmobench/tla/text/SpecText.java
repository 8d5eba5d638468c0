package org.sysmobench.tla.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLA+ module found inside a larger text (typically an LLM answer): everything from the
 * {@code ---- MODULE Name ----} header to its closing {@code ====} line, with markdown fences and
 * prose around it removed, and a note for each thing removed.
 *
 * <p>Why a separate step: the SANY facade reports what SANY says about exactly the text it is given;
 * deciding that an answer's prose is not part of the spec is a policy of the caller, which must be
 * able to tell the user what was cut.
 *
 * @param moduleName the name in the module header
 * @param text the module text, header to closing rule (inclusive), with a trailing newline
 * @param firstLine the 1-based line of the original text where {@code text} starts (add
 *     {@code firstLine - 1} to a line in {@code text} to get the original line)
 * @param removed human-readable notes on what was stripped (empty when the text was a bare module)
 */
public record SpecText(String moduleName, String text, int firstLine, List<String> removed) {

  /** A module header; box-drawing dashes are accepted because the Unicode rewrite maps them later. */
  static final Pattern HEADER = Pattern.compile("^\\s*[-─━]{4,}\\s*MODULE\\s+(\\w+)\\s*[-─━]{4,}\\s*$");
  private static final Pattern CLOSING = Pattern.compile("^\\s*[=═]{4,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");

  public SpecText {
    removed = List.copyOf(removed);
  }

  /** Whether anything around the module was removed. */
  public boolean stripped() {
    return !removed.isEmpty();
  }

  /** The module name of the first header line in {@code text}, if any. */
  public static Optional<String> moduleName(String text) {
    for (String line : text.split("\\R", -1)) {
      Matcher m = HEADER.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the first module in {@code raw}; empty when there is no module header at all. Inner
   * modules (a header inside the module) are kept: the closing rule is the one matching the outer
   * header. A module without closing rule runs to the end (minus a trailing fence) with a note.
   */
  public static Optional<SpecText> extract(String raw) {
    String[] lines = raw.split("\\R", -1);
    int start = -1;
    String name = null;
    for (int i = 0; i < lines.length && start < 0; i++) {
      Matcher m = HEADER.matcher(lines[i]);
      if (m.matches()) {
        start = i;
        name = m.group(1);
      }
    }
    if (start < 0) {
      return Optional.empty();
    }
    List<String> removed = new ArrayList<>();
    int end = -1;
    int depth = 0;
    for (int i = start; i < lines.length && end < 0; i++) {
      if (HEADER.matcher(lines[i]).matches()) {
        depth++;
      } else if (CLOSING.matcher(lines[i]).matches() && --depth == 0) {
        end = i;
      }
    }
    if (end < 0) {
      end = lines.length - 1;
      while (end > start && (lines[end].isBlank() || FENCE.matcher(lines[end]).matches())) {
        end--;
      }
      removed.add("no closing ==== line after the module header on line " + (start + 1) + "; took the text to line "
          + (end + 1));
    }
    describe(lines, 0, start, "before the module header", removed);
    describe(lines, end + 1, lines.length, "after the module's closing ==== line", removed);
    StringBuilder text = new StringBuilder();
    for (int i = start; i <= end; i++) {
      text.append(lines[i]).append('\n');
    }
    return Optional.of(new SpecText(name, text.toString(), start + 1, removed));
  }

  private static void describe(String[] lines, int from, int to, String where, List<String> removed) {
    int fences = 0;
    int prose = 0;
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (FENCE.matcher(lines[i]).matches()) {
        fences++;
      } else {
        prose++;
      }
      first = first < 0 ? i : first;
      last = i;
    }
    if (first < 0) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (fences > 0) {
      parts.add(fences + (fences == 1 ? " markdown fence" : " markdown fences"));
    }
    if (prose > 0) {
      parts.add(prose + (prose == 1 ? " line of other text" : " lines of other text"));
    }
    String range = first == last ? "line " + (first + 1) : "lines " + (first + 1) + "-" + (last + 1);
    removed.add("removed " + String.join(" and ", parts) + " " + where + " (" + range + ")");
  }
}
