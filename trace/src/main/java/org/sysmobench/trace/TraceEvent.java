package org.sysmobench.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One observed step of a real system.
 *
 * <h2>Design note: the trace file format {@code sysmobench-trace}, version 1</h2>
 *
 * <p><b>What.</b> A trace file is UTF-8 NDJSON: exactly one JSON object per line, each line ending in
 * {@code \n}. The first line is a {@link TraceHeader}
 * ({@code {"schema":"sysmobench-trace","version":1,"meta":{...}}}); every following line is one event:
 *
 * <pre>{"seq":7,"node":"2","event":"SendNotification","thread":"WorkerSender[myid=2]","to":1,"leader":2}</pre>
 *
 * <ul>
 *   <li>{@code seq} (integer, required): the global sequence number, strictly increasing by file order.
 *       The writer assigns it under its lock, so file order = seq order = the order the recording
 *       points were passed; the tracer records acquire-like events at method exit and release-like
 *       events at method entry, which makes that order consistent with happens-before.
 *   <li>{@code node} (string, required): the system's node id (a ZooKeeper sid, a thread name...).
 *       Always a string so that numeric and symbolic ids share one type.
 *   <li>{@code event} (string, required): the event name from the task's vocabulary.
 *   <li>{@code thread} (string, optional): the name of the recording thread, for diagnosis only.
 *   <li>any other key: an event field. Values are strings, booleans, integers, and lists/maps of those.
 *       There is no {@code null} and no floating point: a value the system held as {@code null} is an
 *       absent field.
 * </ul>
 *
 * <p><b>64-bit integers.</b> JSON consumers that read numbers as doubles (JavaScript, many JSON
 * libraries, spreadsheet tools) silently round integers beyond 2^53. The writer therefore writes an
 * integer whose magnitude exceeds 2^53 as a <em>decimal string</em> ({@code "9007199254740993"}) and
 * every other integer as a JSON number. A field that holds a 64-bit quantity may thus appear either way;
 * read it with {@link #longField(String)}, which accepts both. Systems whose ids pack two 32-bit halves
 * (ZooKeeper zxids) should additionally record the halves as separate fields, which are always small.
 *
 * <p><b>Why a header line instead of a per-event {@code schema} field.</b> It costs one line per file
 * instead of bytes per event, a reader learns the version before parsing any event, and {@code meta}
 * gives the recorder a place for provenance (system version, scenario, seed) next to the data.
 *
 * <p><b>Versioning.</b> The header's {@code version} is bumped on any change a version-1 reader could
 * misread (new required key, changed meaning). Adding new optional meta keys or new event names is not
 * a version change. A reader rejects versions it does not know, with the file name in the message.
 *
 * @param seq global sequence number, {@code >= 1}
 * @param node the node id
 * @param event the event name
 * @param thread the recording thread's name, if recorded
 * @param fields the event's fields in recording order (immutable)
 */
public record TraceEvent(long seq, String node, String event, Optional<String> thread, Map<String, Object> fields) {

  /** Keys of the event line that are not event fields. */
  public static final Set<String> RESERVED_KEYS = Set.of("seq", "node", "event", "thread");

  /** Largest magnitude written as a JSON number; beyond it integers are written as decimal strings. */
  public static final long MAX_EXACT_DOUBLE = 1L << 53;

  /** Validates and freezes the event; fields keep their order. */
  public TraceEvent {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(thread, "thread");
    if (event.isEmpty()) {
      throw new IllegalArgumentException("event name must not be empty");
    }
    fields = freezeFields(fields);
  }

  /** The field's value, if present. */
  public Optional<Object> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * The field as an exact 64-bit integer: a JSON number or a decimal string (see the design note).
   *
   * @throws IllegalArgumentException if the field is absent or not an integer
   */
  public long longField(String name) {
    Object v = fields.get(name);
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("field '" + name + "' of event " + seq + " is not an integer: " + s);
      }
    }
    throw new IllegalArgumentException("field '" + name + "' of event " + seq + " is " + (v == null ? "absent" : "not an integer: " + v));
  }

  /** The field as a string, if present and a string. */
  public Optional<String> stringField(String name) {
    return fields.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** Serializes the event as one NDJSON line, without the trailing newline. */
  public String toJsonLine() {
    StringBuilder out = new StringBuilder(64 + fields.size() * 24);
    out.append("{\"seq\":").append(seq).append(',');
    appendBody(node, event, thread, fields, out);
    return out.toString();
  }

  /** Appends everything after {@code "seq":N,} to {@code out}; lets a writer serialize outside its lock. */
  static void appendBody(String node, String event, Optional<String> thread, Map<String, Object> fields, StringBuilder out) {
    out.append("\"node\":");
    Json.writeString(node, out);
    out.append(",\"event\":");
    Json.writeString(event, out);
    if (thread.isPresent()) {
      out.append(",\"thread\":");
      Json.writeString(thread.get(), out);
    }
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (RESERVED_KEYS.contains(e.getKey())) {
        throw new IllegalArgumentException("field name '" + e.getKey() + "' is reserved by the trace schema");
      }
      out.append(',');
      Json.writeString(e.getKey(), out);
      out.append(':');
      writeValue(e.getValue(), out);
    }
    out.append('}');
  }

  private static void writeValue(Object value, StringBuilder out) {
    if (value == null) {
      throw new IllegalArgumentException("null is not a trace value (omit the field instead)");
    }
    if (value instanceof Long l) {
      if (l > MAX_EXACT_DOUBLE || l < -MAX_EXACT_DOUBLE) {
        out.append('"').append(l.longValue()).append('"');
      } else {
        out.append(l.longValue());
      }
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        writeValue(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException("map keys must be strings, got " + e.getKey());
        }
        Json.writeString(k, out);
        out.append(':');
        writeValue(e.getValue(), out);
      }
      out.append('}');
    } else {
      Json.write(value, out);
    }
  }

  /** Checks field names and values against the schema and returns an immutable ordered copy. */
  static Map<String, Object> freezeFields(Map<String, Object> fields) {
    Objects.requireNonNull(fields, "fields");
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "field name");
      if (RESERVED_KEYS.contains(key)) {
        throw new IllegalArgumentException("field name '" + key + "' is reserved by the trace schema");
      }
      copy.put(key, freezeValue(key, e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object freezeValue(String key, Object v) {
    if (v instanceof String || v instanceof Boolean || v instanceof Long) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(freezeValue(key, o));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException("field '" + key + "': map keys must be strings");
        }
        out.put(k, freezeValue(key, e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException("field '" + key + "': " + (v == null ? "null" : v.getClass().getName())
        + " is not a trace value (string, boolean, integer, list, map)");
  }
}
