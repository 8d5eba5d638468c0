package org.sysmobench.check.discovery;

import java.util.Optional;

/**
 * An action property {@code [][A]_v} taken apart, so that its action can be evaluated on each step a
 * check explores ({@code A \/ UNCHANGED v}): TLC checks {@code [][A]_v} only as a temporal property, one
 * job per property, while the parts can be checked for every property in one search.
 *
 * @param action the text of {@code A}, as written
 * @param column the 0-based column {@code A} starts at in its line: re-emitted there, its later lines keep
 *     the columns they had (junction lists stay aligned)
 * @param subscript the text of {@code v}
 */
record BoxAction(String action, int column, String subscript) {

  /**
   * The parts of a definition whose body is exactly {@code [][A]_v}; empty otherwise.
   *
   * @param definition the definition's text from its name (at column 0) to its end
   */
  static Optional<BoxAction> of(String definition) {
    return parse(definition, 0);
  }

  /** The same for an expert template's definition (its body alone, as {@code invariants.yaml} gives it). */
  static Optional<BoxAction> ofBody(String body) {
    return parse(TEMPLATE_HEAD + body.strip(), TEMPLATE_HEAD.length());
  }

  private static final String TEMPLATE_HEAD = "T == ";

  /** {@code prefix}: characters before the text's own first column (they do not count in the column). */
  private static Optional<BoxAction> parse(String definition, int prefix) {
    int eq = definition.indexOf("==");
    if (eq < 0) {
      return Optional.empty();
    }
    int i = skipSpace(definition, eq + 2);
    if (!definition.startsWith("[]", i)) {
      return Optional.empty();
    }
    i = skipSpace(definition, i + 2);
    if (i >= definition.length() || definition.charAt(i) != '[') {
      return Optional.empty();
    }
    int start = i + 1;
    int end = closing(definition, i);
    if (end < 0 || end + 1 >= definition.length() || definition.charAt(end + 1) != '_') {
      return Optional.empty();
    }
    String subscript = definition.substring(end + 2).strip();
    if (!singleTerm(subscript)) {
      return Optional.empty();
    }
    int lineStart = definition.lastIndexOf('\n', start - 1) + 1;
    int column = start - lineStart - (lineStart == 0 ? prefix : 0);
    return Optional.of(new BoxAction(definition.substring(start, end), Math.max(0, column), subscript));
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the bracket closing the one at {@code open}, skipping strings; -1 when unbalanced. */
  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** An identifier, or one tuple or parenthesised expression spanning the whole text. */
  private static boolean singleTerm(String v) {
    if (v.matches("[A-Za-z][A-Za-z0-9_]*")) {
      return true;
    }
    String open = v.startsWith("<<") ? "<<" : v.startsWith("(") ? "(" : null;
    if (open == null) {
      return false;
    }
    String close = open.equals("<<") ? ">>" : ")";
    int depth = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.startsWith(open, i)) {
        depth++;
        i += open.length() - 1;
      } else if (v.startsWith(close, i)) {
        depth--;
        i += close.length() - 1;
        if (depth == 0 && i != v.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
