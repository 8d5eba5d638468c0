package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The identifiers of a TLA+ text outside strings and comments, with their lines, and for each line
 * whether it starts inside a block comment. Enough to tell which names a proposed property mentions and
 * whether it uses a word it may not; SANY does the real parsing.
 *
 * <p>Backslash operators ({@code \in}, {@code \A}) are not identifiers; the subscript of {@code WF_vars}
 * and {@code SF_vars} is ({@code vars}), and so is the one after {@code ]_} in {@code [][A]_vars}.
 */
final class TlaTokens {
  /** An identifier and its 1-based line. */
  record Token(String text, int line) {}

  private final List<Token> tokens;
  private final List<Boolean> startsInComment;

  private TlaTokens(List<Token> tokens, List<Boolean> startsInComment) {
    this.tokens = List.copyOf(tokens);
    this.startsInComment = List.copyOf(startsInComment);
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The distinct identifiers, in order of first appearance. */
  Set<String> names() {
    Set<String> s = new LinkedHashSet<>();
    tokens.forEach(t -> s.add(t.text()));
    return s;
  }

  /** The identifiers on lines {@code from..to} (1-based, inclusive). */
  Set<String> names(int from, int to) {
    Set<String> s = new LinkedHashSet<>();
    tokens.stream().filter(t -> t.line() >= from && t.line() <= to).forEach(t -> s.add(t.text()));
    return s;
  }

  /** Whether line {@code line} (1-based) begins inside a block comment {@code (* ... *)}. */
  boolean startsInComment(int line) {
    return line - 1 < startsInComment.size() && startsInComment.get(line - 1);
  }

  static TlaTokens scan(String text) {
    List<Token> out = new ArrayList<>();
    List<Boolean> lineStarts = new ArrayList<>();
    int depth = 0;
    int line = 1;
    lineStarts.add(false);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStarts.add(depth > 0);
        i++;
      } else if (depth > 0) {
        if (text.startsWith("*)", i)) {
          depth--;
          i += 2;
        } else if (text.startsWith("(*", i)) {
          depth++;
          i += 2;
        } else {
          i++;
        }
      } else if (text.startsWith("(*", i)) {
        depth++;
        i += 2;
      } else if (text.startsWith("\\*", i)) {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '"') {
        i++;
        while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '\\') {
        i++;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c) || c == '_' || Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        String word = text.substring(start, i);
        if (word.startsWith("WF_") || word.startsWith("SF_")) {
          word = word.substring(3);
        }
        while (word.startsWith("_")) {
          word = word.substring(1);
        }
        if (!word.isEmpty() && !Character.isDigit(word.charAt(0))) {
          out.add(new Token(word, line));
        }
      } else {
        i++;
      }
    }
    return new TlaTokens(out, lineStarts);
  }
}
