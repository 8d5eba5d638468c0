package org.sysmobench.tla.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A region of a TLA+ module as TLC reports it (1-based lines and columns, inclusive end). */
public record SourceLocation(String module, int line, int column, int endLine, int endColumn) {

  // "line 5, col 9 to line 5, col 24 of module Loop" (action labels, assumptions, coverage)
  private static final Pattern SHORT = Pattern.compile(
      "line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)");
  // "Line 5, column 9 to line 5, column 52 in Asrt" (nested-expression stacks of evaluation errors)
  private static final Pattern LONG = Pattern.compile(
      "[Ll]ine (\\d+), column (\\d+) to line (\\d+), column (\\d+) in (\\w+)");

  /** The first location found in TLC's text, if any. */
  public static Optional<SourceLocation> find(String text) {
    List<SourceLocation> all = findAll(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every location in TLC's text, in order of appearance. */
  public static List<SourceLocation> findAll(String text) {
    List<int[]> starts = new ArrayList<>();
    List<SourceLocation> out = new ArrayList<>();
    for (Pattern p : List.of(SHORT, LONG)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        starts.add(new int[] {m.start(), out.size()});
        out.add(new SourceLocation(m.group(5), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
      }
    }
    starts.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<SourceLocation> ordered = new ArrayList<>();
    for (int[] s : starts) {
      ordered.add(out.get(s[1]));
    }
    return ordered;
  }

  @Override
  public String toString() {
    return module + ":" + line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
