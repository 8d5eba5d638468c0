package org.sysmobench.agents.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a brace-language source file into its functions and methods.
 *
 * <p>How: comments and the insides of string and character literals are first blanked out (newlines
 * kept, so offsets and lines stay those of the original); then braces are matched on what remains. A
 * block opens a <em>unit</em> when its header (the text since the previous {@code ;}, {@code {} or
 * {@code }}) has a parameter list and is not a control statement, an initializer or a lambda; it opens a
 * <em>container</em> (class, interface, enum, record, struct, impl, trait, mod, namespace) whose name
 * qualifies the units inside. Blocks inside a unit are never units themselves (local classes and
 * closures stay part of their function). Stateless and thread-safe.
 */
public final class SourceSplitter {
  private static final Pattern CONTAINER =
      Pattern.compile("\\b(class|interface|enum|record|struct|impl|trait|mod|namespace|union)\\b");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\s*\\([^()]*\\))?");
  private static final Pattern IDENT_END = Pattern.compile("([A-Za-z_][\\w]*)\\s*$");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
  private static final Pattern GO_TYPE = Pattern.compile("\\btype\\s+\\w+\\s+(struct|interface)\\s*$");
  private static final Pattern FUNC_KEYWORD = Pattern.compile("\\b(func|fn)\\b");
  private static final Set<String> NOT_A_FUNCTION = Set.of("if", "for", "while", "switch", "catch", "synchronized",
      "return", "match", "loop", "else", "try", "do", "new", "sizeof", "defined", "assert", "throw", "case", "when",
      "foreach", "select", "go", "defer", "unsafe", "async", "move", "where", "super", "this", "import", "package",
      "var", "const", "type");

  private enum Kind { CONTAINER, UNIT, OTHER }

  private record Frame(Kind kind, String name, int start) {}

  /** The units of one file; a file without any (or not brace-structured) is one unit named after it. */
  public List<SourceUnit> split(String file, String text) {
    String masked = mask(text);
    List<SourceUnit> units = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    int boundary = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == ';') {
        boundary = i + 1;
      } else if (c == '{') {
        boolean insideUnit = stack.stream().anyMatch(f -> f.kind() == Kind.UNIT);
        int segment = declarationStart(text, boundary, i);
        Frame frame = insideUnit ? new Frame(Kind.OTHER, "", i) : classify(masked.substring(segment, i), segment);
        stack.push(frame);
        boundary = i + 1;
      } else if (c == '}') {
        if (!stack.isEmpty()) {
          Frame f = stack.pop();
          if (f.kind() == Kind.UNIT) {
            String name = qualified(stack, f.name());
            int n = seen.merge(name, 1, Integer::sum);
            units.add(new SourceUnit(file, n == 1 ? name : name + "#" + n, lineOf(text, f.start()),
                lineOf(text, i), text.substring(f.start(), i + 1)));
          }
        }
        boundary = i + 1;
      }
    }
    if (units.isEmpty() && !text.isBlank()) {
      return List.of(new SourceUnit(file, baseName(file), 1, lineOf(text, text.length()), text));
    }
    return units;
  }

  private static Frame classify(String rawHeader, int start) {
    String header = ANNOTATION.matcher(stripPreprocessor(rawHeader)).replaceAll(" ").strip();
    int fk = lastStart(FUNC_KEYWORD, header);
    if (fk >= 0) {
      // Go and Rust: the declaration starts at the last func/fn keyword; anything before it is
      // earlier top-level text (package clause, imports) that has no terminating ';' in Go.
      String afterKeyword = header.substring(fk).replaceFirst("^(func|fn)", "");
      String name = functionName(afterKeyword);
      return name == null ? new Frame(Kind.OTHER, "", start) : new Frame(Kind.UNIT, name, start);
    }
    boolean container = isRecordHeader(header) || GO_TYPE.matcher(header).find() || header.matches("(?s).*\\bimpl\\b.*")
        || CONTAINER.matcher(header).find() && !header.contains("=") && !header.contains("(");
    if (container) {
      return new Frame(Kind.CONTAINER, containerName(header), start);
    }
    if (header.endsWith("->") || header.endsWith("=>") || header.endsWith(")") && header.contains("->")) {
      return new Frame(Kind.OTHER, "", start);
    }
    String name = functionName(header);
    return name == null ? new Frame(Kind.OTHER, "", start) : new Frame(Kind.UNIT, name, start);
  }

  /** Java records have a parameter list but are containers. */
  private static boolean isRecordHeader(String header) {
    return Pattern.compile("\\brecord\\s+\\w+\\s*(<[^>]*>)?\\s*\\(").matcher(header).find();
  }

  /**
   * The identifier before the first top-level parameter list, or null when the header is not a
   * function declaration. A Go receiver ({@code (r *raft) Step(...)}) names the unit's type.
   */
  static String functionName(String header) {
    String h = header.strip();
    String receiver = null;
    if (h.startsWith("(")) {
      int close = matching(h, 0);
      if (close < 0) {
        return null;
      }
      Matcher r = IDENT_END.matcher(h.substring(1, close).replaceAll("[*&\\[\\]]", " ").strip());
      receiver = r.find() ? r.group(1) : null;
      h = h.substring(close + 1);
    }
    int paren = h.indexOf('(');
    if (paren < 0 || h.indexOf(')', paren) < 0) {
      return null;
    }
    String before = h.substring(0, paren);
    if (before.contains("=") || before.contains("->")) {
      return null;
    }
    before = stripGenerics(before);
    Matcher m = IDENT_END.matcher(before);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    if (NOT_A_FUNCTION.contains(name)) {
      return null;
    }
    return receiver == null ? name : receiver + "." + name;
  }

  private static String stripGenerics(String s) {
    String t = s.stripTrailing();
    if (!t.endsWith(">")) {
      return t;
    }
    int depth = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == '>') {
        depth++;
      } else if (c == '<' && --depth == 0) {
        return t.substring(0, i);
      }
    }
    return t;
  }

  private static String containerName(String header) {
    Matcher impl = Pattern.compile("(?s)\\bimpl\\b(?:\\s*<[^{]*?>)?\\s*(.*)$").matcher(header);
    String tail;
    if (impl.find()) {
      String target = impl.group(1);
      int forAt = target.indexOf(" for ");
      tail = forAt >= 0 ? target.substring(forAt + 5) : target;
    } else {
      Matcher m = CONTAINER.matcher(header);
      m.find();
      tail = header.substring(m.end());
    }
    Matcher id = Pattern.compile("[A-Za-z_]\\w*").matcher(tail);
    if (id.find()) {
      return id.group();
    }
    // Go: "type raft struct {" names the type before the keyword.
    Matcher go = Pattern.compile("\\btype\\s+(\\w+)").matcher(header);
    return go.find() ? go.group(1) : "";
  }

  private static String qualified(Deque<Frame> stack, String name) {
    StringBuilder s = new StringBuilder();
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      Frame f = it.next();
      if (f.kind() == Kind.CONTAINER && !f.name().isEmpty()) {
        s.append(f.name()).append('.');
      }
    }
    return s.append(name).toString();
  }

  private static int lastStart(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String stripPreprocessor(String header) {
    StringBuilder s = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      s.append(line.strip().startsWith("#") ? "" : line).append('\n');
    }
    return s.toString();
  }

  /**
   * Where the declaration before a brace starts: after the previous statement boundary, and after the
   * last empty line of the original text (Go has no ';' after imports, so its headers would otherwise
   * run back to the package clause), skipping leading whitespace. A doc comment directly above the
   * declaration stays part of it.
   */
  private static int declarationStart(String text, int boundary, int brace) {
    int start = boundary;
    Matcher blank = BLANK_LINE.matcher(text).region(boundary, brace);
    while (blank.find()) {
      start = blank.end();
    }
    while (start < brace && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String baseName(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(slash + 1);
  }

  /**
   * The text with comments and literal contents replaced by spaces (newlines kept): Java/C/Go/Rust
   * line and block comments, string literals with escapes, Java text blocks, Go raw strings, Rust raw
   * strings, and character literals (a quote not closing within two characters is a Rust lifetime).
   */
  static String mask(String text) {
    char[] out = text.toCharArray();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = blank(out, i, end < 0 ? n : end);
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = blank(out, i, end < 0 ? n : end + 2);
      } else if (c == '"' && text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        i = blank(out, i + 3, end < 0 ? n : end) + 3;
      } else if (c == 'r' && isRustRawString(text, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int hashes = 0;
        int j = i + 1;
        while (j < n && text.charAt(j) == '#') {
          hashes++;
          j++;
        }
        String close = "\"" + "#".repeat(hashes);
        int end = text.indexOf(close, j + 1);
        i = blank(out, j + 1, end < 0 ? n : end) + close.length();
      } else if (c == '"') {
        i = blank(out, i + 1, closingQuote(text, i + 1, '"')) + 1;
      } else if (c == '`') {
        int end = text.indexOf('`', i + 1);
        i = blank(out, i + 1, end < 0 ? n : end) + 1;
      } else if (c == '\'') {
        int end = charLiteralEnd(text, i);
        i = end < 0 ? i + 1 : blank(out, i + 1, end) + 1;
      } else {
        i++;
      }
    }
    return new String(out);
  }

  private static boolean isRustRawString(String text, int i) {
    int j = i + 1;
    while (j < text.length() && text.charAt(j) == '#') {
      j++;
    }
    return j < text.length() && text.charAt(j) == '"';
  }

  private static int closingQuote(String text, int from, char quote) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n' && quote == '\'') {
        return i;
      }
    }
    return text.length();
  }

  private static int charLiteralEnd(String text, int open) {
    if (open + 1 < text.length() && text.charAt(open + 1) == '\\') {
      int end = text.indexOf('\'', open + 2);
      return end < 0 || end - open > 12 ? -1 : end;
    }
    if (open + 2 < text.length() && text.charAt(open + 2) == '\'') {
      return open + 2;
    }
    return -1;
  }

  private static int blank(char[] out, int from, int to) {
    int end = Math.min(to, out.length);
    for (int i = Math.max(from, 0); i < end; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
    return end;
  }
}
