package org.sysmobench.tla.text;

import java.util.List;

/**
 * Maps a position in a rewritten text back to the position it came from in the original.
 *
 * <p>The rewrite never adds or removes line breaks, so only columns move: each line keeps an array
 * from rewritten column (0-based index) to original column (0-based), with one extra final entry for
 * the end of the line. A column past the end of a line maps past the end of the original line by the
 * same distance (SANY reports end-of-line and end-of-file positions that way).
 */
public final class PositionMap {

  private final List<int[]> columnsByLine;

  PositionMap(List<int[]> columnsByLine) {
    this.columnsByLine = List.copyOf(columnsByLine);
  }

  /** The map of a text that was not changed. */
  public static PositionMap identity() {
    return new PositionMap(List.of());
  }

  /** The original position of {@code rewritten}. */
  public TextPosition original(TextPosition rewritten) {
    int lineIndex = rewritten.line() - 1;
    if (lineIndex >= columnsByLine.size()) {
      return rewritten;
    }
    int[] columns = columnsByLine.get(lineIndex);
    int c = rewritten.column() - 1;
    int end = columns.length - 1;
    int original = c <= end ? columns[c] : columns[end] + (c - end);
    return new TextPosition(rewritten.line(), original + 1);
  }

  /** The original position of a 1-based rewritten {@code line} and {@code column}. */
  public TextPosition original(int line, int column) {
    return original(new TextPosition(line, column));
  }
}
