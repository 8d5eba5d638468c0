package org.sysmobench.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small JSON writer and parser for the value set of the trace schema: {@code null},
 * {@link String}, {@link Boolean}, {@link Long} (integers only), {@link List} and {@link Map} with
 * string keys (insertion order kept).
 *
 * <p>Why hand-written: this module also loads inside a traced JVM, where a JSON library could clash with
 * the system's own copy. Why integers only: the schema has no floating point, and parsing every number
 * as {@code long} is what keeps 64-bit ids exact (a double silently rounds above 2^53). A fraction or an
 * exponent is rejected rather than rounded.
 */
public final class Json {
  private static final int MAX_DEPTH = 64;

  private Json() {}

  /** Serializes {@code value} as compact JSON. Integer, Short and Byte are accepted as longs. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** Appends {@code value} as compact JSON to {@code out}. */
  public static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(key, out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value of the trace schema: " + value.getClass().getName());
    }
  }

  /** Appends {@code s} as a quoted JSON string; non-ASCII characters are kept as they are (UTF-8 files). */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // U+2028/2029 are legal JSON but break line-oriented tools and JavaScript consumers.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Parses one JSON document. Objects become unmodifiable insertion-ordered maps, arrays unmodifiable
   * lists, numbers {@link Long}.
   *
   * @throws JsonSyntaxException with the 1-based column of the problem
   */
  public static Object parse(String text) {
    Parser p = new Parser(text);
    p.skipSpace();
    Object value = p.value(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return value;
  }

  /** A JSON syntax error at a 1-based column of the parsed text. */
  public static final class JsonSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int column;

    JsonSyntaxException(String message, int column) {
      super(message + " at column " + column);
      this.column = column;
    }

    /** The 1-based column where parsing failed. */
    public int column() {
      return column;
    }

    /** True when the text ended before the value was complete (a truncated document). */
    public boolean atEnd() {
      return getMessage().startsWith("unexpected end");
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    JsonSyntaxException error(String message) {
      return new JsonSyntaxException(message, pos + 1);
    }

    void skipSpace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          pos++;
        } else {
          break;
        }
      }
    }

    char peek() {
      if (pos >= s.length()) {
        throw error("unexpected end of input");
      }
      return s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "' but found '" + s.charAt(pos) + "'");
      }
      pos++;
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
      char c = peek();
      return switch (c) {
        case '{' -> object(depth);
        case '[' -> array(depth);
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield number();
          }
          throw error("unexpected character '" + c + "'");
        }
      };
    }

    Object literal(String word, Object value) {
      for (int i = 0; i < word.length(); i++) {
        if (peek() != word.charAt(i)) {
          throw error("invalid literal, expected '" + word + "'");
        }
        pos++;
      }
      return value;
    }

    Map<String, Object> object(int depth) {
      expect('{');
      Map<String, Object> map = new LinkedHashMap<>();
      skipSpace();
      if (peek() == '}') {
        pos++;
        return Collections.unmodifiableMap(map);
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a string key");
        }
        int keyPos = pos;
        String key = string();
        skipSpace();
        expect(':');
        skipSpace();
        Object v = value(depth + 1);
        if (map.containsKey(key)) {
          pos = keyPos;
          throw error("duplicate key \"" + key + "\"");
        }
        map.put(key, v);
        skipSpace();
        char c = peek();
        pos++;
        if (c == '}') {
          return Collections.unmodifiableMap(map);
        }
        if (c != ',') {
          pos--;
          throw error("expected ',' or '}'");
        }
      }
    }

    List<Object> array(int depth) {
      expect('[');
      List<Object> list = new ArrayList<>();
      skipSpace();
      if (peek() == ']') {
        pos++;
        return Collections.unmodifiableList(list);
      }
      while (true) {
        skipSpace();
        list.add(value(depth + 1));
        skipSpace();
        char c = peek();
        pos++;
        if (c == ']') {
          return Collections.unmodifiableList(list);
        }
        if (c != ',') {
          pos--;
          throw error("expected ',' or ']'");
        }
      }
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = peek();
        pos++;
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          pos--;
          throw error("control character in string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = peek();
        pos++;
        switch (e) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case '/' -> out.append('/');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              pos = s.length();
              throw error("unexpected end of input in \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("invalid \\u escape");
            }
            pos += 4;
          }
          default -> {
            pos--;
            throw error("invalid escape '\\" + e + "'");
          }
        }
      }
    }

    Long number() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      int digits = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == digits) {
        throw error("expected a digit");
      }
      if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        throw error("non-integer number (the trace schema has integers only)");
      }
      if (s.charAt(digits) == '0' && pos - digits > 1) {
        pos = digits;
        throw error("leading zero in number");
      }
      try {
        return Long.parseLong(s.substring(start, pos));
      } catch (NumberFormatException ex) {
        pos = start;
        throw error("integer out of 64-bit range");
      }
    }
  }
}
