package org.sysmobench.tla.bridge.sany;

import tla2sany.st.Location;

/**
 * A module file's text, indexed by SANY's positions. SANY's lexer counts a tab as a jump to the next
 * tab stop of 8, so its columns are visual; this turns them into character offsets.
 */
final class SourceText {
  private static final int TAB_WIDTH = 8;

  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** The character offset of SANY's 1-based {@code line} and visual {@code column}. */
  int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException("no line " + line);
    }
    int i = lineStarts[line - 1];
    int visual = 1;
    while (visual < column && i < text.length() && text.charAt(i) != '\n') {
      visual = text.charAt(i) == '\t' ? ((visual - 1) / TAB_WIDTH + 1) * TAB_WIDTH + 1 : visual + 1;
      i++;
    }
    return i;
  }

  /** The text SANY located at {@code loc} (end column inclusive). */
  String text(Location loc) {
    int from = offset(loc.beginLine(), loc.beginColumn());
    int to = Math.min(text.length(), offset(loc.endLine(), loc.endColumn()) + 1);
    return text.substring(from, Math.max(from, to));
  }
}
