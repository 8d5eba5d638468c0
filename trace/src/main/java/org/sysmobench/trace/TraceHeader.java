package org.sysmobench.trace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first line of a trace file: format name, format version and free provenance metadata (see the
 * design note on {@link TraceEvent}).
 *
 * @param version the format version of the file
 * @param meta provenance, e.g. {@code system}, {@code scenario}, {@code seed} (trace values only)
 */
public record TraceHeader(int version, Map<String, Object> meta) {

  /** The {@code schema} value every trace file's first line carries. */
  public static final String SCHEMA = "sysmobench-trace";

  /** The version this code writes and the only one it reads. */
  public static final int CURRENT_VERSION = 1;

  public TraceHeader {
    meta = TraceEvent.freezeFields(meta);
  }

  /** A header of the current version. */
  public static TraceHeader of(Map<String, Object> meta) {
    return new TraceHeader(CURRENT_VERSION, meta);
  }

  /** The header line, without the trailing newline. */
  public String toJsonLine() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("schema", SCHEMA);
    line.put("version", (long) version);
    line.put("meta", meta);
    return Json.write(line);
  }
}
