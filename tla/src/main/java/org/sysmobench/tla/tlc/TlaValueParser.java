package org.sysmobench.tla.tlc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the value syntax TLC prints in states: integers, strings, booleans, model values, sets
 * {@code {..}}, sequences {@code <<..>>}, records {@code [a |-> 1]} and functions
 * {@code (d :> v @@ ..)}. Never throws: text it cannot structure becomes {@link TlaValue.Raw}, so a
 * strange value never loses the rest of a counterexample.
 */
public final class TlaValueParser {
  private final String s;
  private int pos;

  private TlaValueParser(String s) {
    this.s = s;
  }

  /** Parses one value; the whole text as {@link TlaValue.Raw} if it is not a value we understand. */
  public static TlaValue parse(String text) {
    String t = text.strip();
    try {
      TlaValueParser p = new TlaValueParser(t);
      TlaValue v = p.value();
      p.skipSpace();
      if (p.pos == t.length()) {
        return v;
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // fall through: unparseable text is kept verbatim
    }
    return new TlaValue.Raw(t);
  }

  private TlaValue value() {
    skipSpace();
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '-' || Character.isDigit(c)) {
      return integer();
    }
    if (startsWith("<<")) {
      pos += 2;
      return new TlaValue.Seq(list(">>"));
    }
    if (c == '{') {
      pos++;
      return new TlaValue.SetValue(list("}"));
    }
    if (c == '[') {
      return record();
    }
    if (c == '(') {
      return parenthesised();
    }
    if (Character.isLetter(c) || c == '_') {
      String id = identifier();
      return switch (id) {
        case "TRUE" -> new TlaValue.Bool(true);
        case "FALSE" -> new TlaValue.Bool(false);
        default -> new TlaValue.ModelValue(id);
      };
    }
    throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
  }

  private List<TlaValue> list(String close) {
    List<TlaValue> out = new ArrayList<>();
    skipSpace();
    if (startsWith(close)) {
      pos += close.length();
      return out;
    }
    while (true) {
      out.add(value());
      skipSpace();
      if (startsWith(close)) {
        pos += close.length();
        return out;
      }
      expect(",");
    }
  }

  private TlaValue record() {
    expect("[");
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    skipSpace();
    if (startsWith("]")) {
      throw new IllegalArgumentException("empty record");
    }
    while (true) {
      skipSpace();
      String name = identifier();
      skipSpace();
      expect("|->");
      fields.put(name, value());
      skipSpace();
      if (startsWith("]")) {
        pos++;
        return new TlaValue.Rec(fields);
      }
      expect(",");
    }
  }

  /** {@code (k :> v @@ ...)} is a function; {@code (v)} is just a parenthesised value. */
  private TlaValue parenthesised() {
    expect("(");
    TlaValue first = value();
    skipSpace();
    if (startsWith(")")) {
      pos++;
      return first;
    }
    List<TlaValue.Mapping> mappings = new ArrayList<>();
    TlaValue key = first;
    while (true) {
      skipSpace();
      expect(":>");
      mappings.add(new TlaValue.Mapping(key, value()));
      skipSpace();
      if (startsWith(")")) {
        pos++;
        return new TlaValue.Fcn(mappings);
      }
      expect("@@");
      key = value();
    }
  }

  private TlaValue integer() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (!Character.isDigit(peek())) {
      throw new IllegalArgumentException("not a number at " + start);
    }
    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    return new TlaValue.Int(new BigInteger(s.substring(start, pos)));
  }

  private TlaValue string() {
    expect("\"");
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return new TlaValue.Str(sb.toString());
      }
      if (c == '\\') {
        char e = s.charAt(pos++);
        sb.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'f' -> '\f';
          default -> e;
        });
      } else {
        sb.append(c);
      }
    }
  }

  private String identifier() {
    int start = pos;
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos) {
      throw new IllegalArgumentException("identifier expected at " + pos);
    }
    return s.substring(start, pos);
  }

  private void expect(String token) {
    skipSpace();
    if (!startsWith(token)) {
      throw new IllegalArgumentException("expected " + token + " at " + pos);
    }
    pos += token.length();
  }

  private boolean startsWith(String token) {
    return s.startsWith(token, pos);
  }

  private char peek() {
    return s.charAt(pos);
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }
}
