package org.sysmobench.tla.bridge.ops;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Parses one JSON text (one NDJSON line) into a TLC value: object to record, array to sequence,
 * string to string, true/false to boolean, integer to integer.
 *
 * <p>Rejected, with the JSON path of the offending field: integers outside TLC's 32 bits (TLC would
 * otherwise need them wrapped, which silently changes the trace), {@code null} (TLA+ has no null),
 * fractions and exponents (TLC has no reals), duplicate keys, and anything that is not JSON.
 * Written here because the bridge may depend on nothing but the JDK and the tools.
 */
final class JsonLineParser {

  /** A JSON text that cannot become a TLC value; {@link #getMessage()} names the field. */
  static final class JsonValueException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonValueException(String message) {
      super(message);
    }
  }

  private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private final String text;
  private int pos;

  private JsonLineParser(String text) {
    this.text = text;
  }

  static Value parse(String text) throws JsonValueException {
    JsonLineParser p = new JsonLineParser(text);
    p.skipSpace();
    Value v = p.value("$");
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.fail("$", "unexpected text after the JSON value");
    }
    return v;
  }

  private Value value(String path) throws JsonValueException {
    if (pos >= text.length()) {
      throw fail(path, "unexpected end of line, a value was expected");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(path);
      case '[':
        return array(path);
      case '"':
        return new StringValue(string(path));
      case 't':
        literal("true", path);
        return BoolValue.ValTrue;
      case 'f':
        literal("false", path);
        return BoolValue.ValFalse;
      case 'n':
        literal("null", path);
        throw fail(path, "null is not a TLA+ value; omit the field or use a string");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number(path);
        }
        throw fail(path, "unexpected character '" + c + "'");
    }
  }

  private Value object(String path) throws JsonValueException {
    pos++; // {
    Map<String, Value> fields = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new RecordValue(new UniqueString[0], new Value[0], false);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw fail(path, "a field name in double quotes was expected");
      }
      String key = string(path);
      String fieldPath = path + "." + key;
      skipSpace();
      expect(':', fieldPath);
      skipSpace();
      Value v = value(fieldPath);
      if (fields.put(key, v) != null) {
        throw fail(fieldPath, "duplicate field");
      }
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        break;
      }
      if (c != ',') {
        throw fail(path, "',' or '}' expected");
      }
    }
    UniqueString[] names = new UniqueString[fields.size()];
    Value[] values = new Value[fields.size()];
    int i = 0;
    for (Map.Entry<String, Value> e : fields.entrySet()) {
      names[i] = UniqueString.uniqueStringOf(e.getKey());
      values[i++] = e.getValue();
    }
    RecordValue record = new RecordValue(names, values, false);
    record.normalize();
    return record;
  }

  private Value array(String path) throws JsonValueException {
    pos++; // [
    List<Value> elems = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new TupleValue(new Value[0]);
    }
    while (true) {
      skipSpace();
      elems.add(value(path + "[" + (elems.size() + 1) + "]"));
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        break;
      }
      if (c != ',') {
        throw fail(path, "',' or ']' expected");
      }
    }
    return new TupleValue(elems.toArray(new Value[0]));
  }

  private String string(String path) throws JsonValueException {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw fail(path, "control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw fail(path, "truncated \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw fail(path, "bad \\u escape");
          }
          pos += 4;
        }
        default -> throw fail(path, "bad escape \\" + e);
      }
    }
    throw fail(path, "unterminated string");
  }

  private Value number(String path) throws JsonValueException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      throw fail(path, "a digit was expected");
    }
    if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      String shown = text.substring(start, Math.min(text.length(), pos + 8)).split("[,}\\]\\s]")[0];
      pos = start; // errors point at the number's first character
      throw fail(path, "fractional or exponent numbers are not TLC values (TLC has integers only): " + shown);
    }
    BigInteger n = new BigInteger(text.substring(start, pos));
    if (n.compareTo(MIN) < 0 || n.compareTo(MAX) > 0) {
      pos = start;
      throw fail(path, "the number " + n + " does not fit TLC's 32-bit integers (" + MIN + ".." + MAX
          + "); record it as a string to keep it");
    }
    return IntValue.gen(n.intValue());
  }

  private void literal(String word, String path) throws JsonValueException {
    if (!text.startsWith(word, pos)) {
      throw fail(path, "unexpected text at column " + (pos + 1));
    }
    pos += word.length();
  }

  private void expect(char c, String path) throws JsonValueException {
    if (peek() != c) {
      throw fail(path, "'" + c + "' expected");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private JsonValueException fail(String path, String what) {
    String where = pos >= text.length() ? "end of line" : "column " + (pos + 1);
    return new JsonValueException("field " + path + " (" + where + "): " + what);
  }
}
