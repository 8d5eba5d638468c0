package org.sysmobench.tla.sany;

/**
 * Converts SANY's columns to character columns. SANY's javacc lexer counts a tab as a jump to the
 * next tab stop of 8 (so {@code "x ==\t\ty"} puts {@code y} at column 17, not 7); callers that show a
 * caret or index into the text need the character column.
 */
final class TabColumns {

  private static final int TAB_WIDTH = 8;

  private final String[] lines;

  TabColumns(String text) {
    this.lines = text.split("\n", -1);
  }

  /** The 1-based character column of SANY's 1-based {@code column} on 1-based {@code line}. */
  int charColumn(int line, int column) {
    if (line < 1 || line > lines.length || lines[line - 1].indexOf('\t') < 0) {
      return column;
    }
    String s = lines[line - 1];
    int visual = 1;
    for (int i = 0; i < s.length(); i++) {
      if (visual >= column) {
        return i + 1;
      }
      visual = s.charAt(i) == '\t' ? ((visual - 1) / TAB_WIDTH + 1) * TAB_WIDTH + 1 : visual + 1;
    }
    return s.length() + 1 + Math.max(0, column - visual);
  }
}
