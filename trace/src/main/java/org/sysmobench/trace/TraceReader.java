package org.sysmobench.trace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a trace file. Every problem is a {@link TraceFormatException} naming the file and
 * the 1-based line: a line that is not JSON (with the column), a last line cut short by a killed writer,
 * a missing or mistyped {@code seq}/{@code node}/{@code event}, a non-increasing {@code seq}, a missing
 * or unsupported header, and, when a vocabulary is given, an unknown event name or field.
 *
 * <p>Immutable; one instance may read many files concurrently.
 */
public final class TraceReader {
  private final Map<String, Set<String>> vocabulary;

  private TraceReader(Map<String, Set<String>> vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** A reader that accepts any event name and field. */
  public static TraceReader any() {
    return new TraceReader(Map.of());
  }

  /**
   * A reader that accepts only the given event names, each with only the given field names (a
   * recorded event may omit fields: absent means the system held {@code null}).
   */
  public static TraceReader withVocabulary(Map<String, Set<String>> fieldsByEvent) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    fieldsByEvent.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    return new TraceReader(Map.copyOf(copy));
  }

  /** Reads the whole file. */
  public Trace read(Path file) throws IOException {
    String text = decode(file, Files.readAllBytes(file));
    List<TraceEvent> events = new ArrayList<>();
    TraceHeader header = null;
    int lineNo = 0;
    int pos = 0;
    long lastSeq = 0;
    while (pos < text.length()) {
      lineNo++;
      int nl = text.indexOf('\n', pos);
      boolean lastWithoutNewline = nl < 0;
      String line = text.substring(pos, lastWithoutNewline ? text.length() : nl);
      pos = lastWithoutNewline ? text.length() : nl + 1;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> obj = parseLine(file, lineNo, line, lastWithoutNewline);
      if (header == null) {
        header = header(file, lineNo, obj);
        continue;
      }
      TraceEvent event = event(file, lineNo, obj);
      if (event.seq() <= lastSeq) {
        throw new TraceFormatException(file, lineNo, "seq " + event.seq() + " does not increase (previous event had seq " + lastSeq + ")");
      }
      lastSeq = event.seq();
      events.add(event);
    }
    if (header == null) {
      throw new TraceFormatException(file, 1, "empty file: expected a header line {\"schema\":\"" + TraceHeader.SCHEMA + "\",...}");
    }
    return new Trace(file, header, events);
  }

  private static String decode(Path file, byte[] bytes) {
    try {
      return strictUtf8(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      // Find the line: decode line by line (only on this error path).
      int line = 1;
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == '\n') {
          try {
            strictUtf8(bytes, start, i - start);
          } catch (CharacterCodingException bad) {
            throw new TraceFormatException(file, line, "not valid UTF-8");
          }
          line++;
          start = i + 1;
        }
      }
      throw new TraceFormatException(file, line - 1, "not valid UTF-8");
    }
  }

  private static String strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, length))
        .toString();
  }

  private static Map<String, Object> parseLine(Path file, int lineNo, String line, boolean lastWithoutNewline) {
    Object parsed;
    try {
      parsed = Json.parse(line);
    } catch (Json.JsonSyntaxException e) {
      if (lastWithoutNewline) {
        throw new TraceFormatException(file, lineNo, "truncated last line (no newline at end of file; was the writer killed?): " + e.getMessage());
      }
      throw new TraceFormatException(file, lineNo, "corrupted line, not JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new TraceFormatException(file, lineNo, "expected a JSON object, found " + describe(parsed));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> obj = (Map<String, Object>) map;
    return obj;
  }

  private static TraceHeader header(Path file, int lineNo, Map<String, Object> obj) {
    Object schema = obj.get("schema");
    if (!TraceHeader.SCHEMA.equals(schema)) {
      throw new TraceFormatException(file, lineNo, "expected the header line {\"schema\":\"" + TraceHeader.SCHEMA
          + "\",\"version\":" + TraceHeader.CURRENT_VERSION + ",...} first, found " + (obj.containsKey("seq") ? "an event" : "schema " + describe(schema)));
    }
    if (!(obj.get("version") instanceof Long version)) {
      throw new TraceFormatException(file, lineNo, "header: missing or non-integer field 'version'");
    }
    if (version != TraceHeader.CURRENT_VERSION) {
      throw new TraceFormatException(file, lineNo, "unsupported trace format version " + version + " (this reader knows version " + TraceHeader.CURRENT_VERSION + ")");
    }
    for (String key : obj.keySet()) {
      if (!Set.of("schema", "version", "meta").contains(key)) {
        throw new TraceFormatException(file, lineNo, "header: unknown field '" + key + "' (allowed: schema, version, meta)");
      }
    }
    Object meta = obj.getOrDefault("meta", Map.of());
    if (!(meta instanceof Map<?, ?>)) {
      throw new TraceFormatException(file, lineNo, "header: field 'meta' must be an object, found " + describe(meta));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> metaMap = (Map<String, Object>) meta;
    try {
      return new TraceHeader(version.intValue(), metaMap);
    } catch (IllegalArgumentException e) {
      throw new TraceFormatException(file, lineNo, "header: " + e.getMessage());
    }
  }

  private TraceEvent event(Path file, int lineNo, Map<String, Object> obj) {
    Object seqValue = obj.get("seq");
    if (seqValue == null) {
      throw new TraceFormatException(file, lineNo, "missing required field 'seq'");
    }
    if (!(seqValue instanceof Long seq) || seq < 1) {
      throw new TraceFormatException(file, lineNo, "field 'seq' must be a positive integer, found " + describe(seqValue));
    }
    String node = requiredString(file, lineNo, obj, "node");
    String name = requiredString(file, lineNo, obj, "event");
    if (name.isEmpty()) {
      throw new TraceFormatException(file, lineNo, "field 'event' must not be empty");
    }
    Object thread = obj.get("thread");
    if (thread != null && !(thread instanceof String)) {
      throw new TraceFormatException(file, lineNo, "field 'thread' must be a string, found " + describe(thread));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : obj.entrySet()) {
      if (!TraceEvent.RESERVED_KEYS.contains(e.getKey())) {
        if (e.getValue() == null) {
          throw new TraceFormatException(file, lineNo, "field '" + e.getKey() + "' is null (the schema has no null: omit the field)");
        }
        fields.put(e.getKey(), e.getValue());
      }
    }
    if (!vocabulary.isEmpty()) {
      Set<String> allowed = vocabulary.get(name);
      if (allowed == null) {
        throw new TraceFormatException(file, lineNo, "unknown event '" + name + "' (known: " + String.join(", ", vocabulary.keySet()) + ")");
      }
      for (String f : fields.keySet()) {
        if (!allowed.contains(f)) {
          throw new TraceFormatException(file, lineNo, "unknown field '" + f + "' for event '" + name + "' (allowed: " + String.join(", ", allowed) + ")");
        }
      }
    }
    return new TraceEvent(seq, node, name, Optional.ofNullable((String) thread), fields);
  }

  private static String requiredString(Path file, int lineNo, Map<String, Object> obj, String key) {
    Object v = obj.get(key);
    if (v == null) {
      throw new TraceFormatException(file, lineNo, "missing required field '" + key + "'");
    }
    if (!(v instanceof String s)) {
      throw new TraceFormatException(file, lineNo, "field '" + key + "' must be a string, found " + describe(v));
    }
    return s;
  }

  private static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "string \"" + s + "\"";
    }
    if (v instanceof Long l) {
      return "integer " + l;
    }
    if (v instanceof Boolean b) {
      return "boolean " + b;
    }
    return v instanceof Map<?, ?> ? "an object" : "an array";
  }
}
