package org.sysmobench.tla.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites Unicode TLA+ symbols ({@code ≜ ∧ ∈ ⟨ ⟩ ...}) to ASCII, outside strings and comments, and
 * keeps a {@link PositionMap} so tool diagnostics on the ASCII text point back at the original.
 *
 * <p>Strings ({@code "..."} with backslash escapes) and comments ({@code \* ...} to end of line,
 * nested {@code (* ... *)}) are copied unchanged: SANY ignores comments, and strings are values.
 * A space is added after a rewritten keyword-like symbol ({@code ∈} becomes {@code \in}) when an
 * identifier follows directly ({@code x∈S} must not become {@code x\inS}), and before {@code ℕ}-like
 * names glued to an identifier.
 */
public final class UnicodeToAscii {

  private enum Mode { CODE, STRING, LINE_COMMENT, BLOCK_COMMENT }

  private UnicodeToAscii() {}

  /** Rewrites {@code original}; a text without Unicode symbols comes back unchanged with an identity map. */
  public static AsciiText translate(String original) {
    if (isAscii(original)) {
      return new AsciiText(original, PositionMap.identity(), List.of(), 0); // the common case, no map needed
    }
    StringBuilder out = new StringBuilder(original.length() + 16);
    List<int[]> columnsByLine = new ArrayList<>();
    IntList lineColumns = new IntList();
    Set<String> replaced = new LinkedHashSet<>();
    int replacements = 0;
    int column = 0; // original column (0-based) of position i within its line
    int blockDepth = 0;
    Mode mode = Mode.CODE;
    int i = 0;
    int n = original.length();
    while (i < n) {
      char c = original.charAt(i);
      char next = i + 1 < n ? original.charAt(i + 1) : '\0';
      if (c == '\n') {
        lineColumns.add(column);
        columnsByLine.add(lineColumns.toArray());
        lineColumns = new IntList();
        out.append(c);
        column = 0;
        i++;
        if (mode == Mode.LINE_COMMENT || mode == Mode.STRING) {
          mode = Mode.CODE;
        }
        continue;
      }
      int consumed = 1;
      String emit = null;
      switch (mode) {
        case CODE -> {
          if (c == '"') {
            mode = Mode.STRING;
          } else if (c == '\\' && next == '*') {
            mode = Mode.LINE_COMMENT;
            consumed = 2;
          } else if (c == '(' && next == '*') {
            mode = Mode.BLOCK_COMMENT;
            blockDepth = 1;
            consumed = 2;
          } else if (c > 0x7F) {
            String two = i + 1 < n ? original.substring(i, i + 2) : null;
            String ascii = two == null ? null : UnicodeSymbols.TO_ASCII.get(two);
            if (ascii != null) {
              consumed = 2;
            } else {
              ascii = UnicodeSymbols.TO_ASCII.get(String.valueOf(c));
            }
            if (ascii != null) {
              replaced.add(original.substring(i, i + consumed));
              replacements++;
              char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
              char after = i + consumed < n ? original.charAt(i + consumed) : ' ';
              StringBuilder e = new StringBuilder();
              if (isIdentifierChar(ascii.charAt(0)) && isIdentifierChar(before)) {
                e.append(' ');
              }
              e.append(ascii);
              char last = ascii.charAt(ascii.length() - 1);
              if ((isIdentifierChar(last) || last == '\\') && isIdentifierChar(after)) {
                e.append(' ');
              }
              emit = e.toString();
            }
          }
        }
        case STRING -> {
          if (c == '\\') {
            consumed = i + 1 < n && next != '\n' ? 2 : 1;
          } else if (c == '"') {
            mode = Mode.CODE;
          }
        }
        case LINE_COMMENT -> { }
        case BLOCK_COMMENT -> {
          if (c == '(' && next == '*') {
            blockDepth++;
            consumed = 2;
          } else if (c == '*' && next == ')') {
            blockDepth--;
            consumed = 2;
            if (blockDepth == 0) {
              mode = Mode.CODE;
            }
          }
        }
      }
      if (emit == null) {
        emit = original.substring(i, i + consumed);
      }
      for (int k = 0; k < emit.length(); k++) {
        // Each emitted char maps to the original char it came from (the symbol's first char).
        lineColumns.add(column + (emit.length() == consumed ? k : 0));
      }
      out.append(emit);
      column += consumed;
      i += consumed;
    }
    lineColumns.add(column);
    columnsByLine.add(lineColumns.toArray());
    if (replacements == 0) {
      return new AsciiText(original, PositionMap.identity(), List.of(), 0);
    }
    return new AsciiText(out.toString(), new PositionMap(columnsByLine), new ArrayList<>(replaced), replacements);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifierChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** A growable int array, to avoid boxing one Integer per character. */
  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
