package org.sysmobench.tracer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's argument string: {@code config=FILE,out=FILE[,meta.KEY=VALUE...]}. Commas separate
 * entries, so paths must not contain commas.
 *
 * @param config the instrumentation file
 * @param out the trace file to write
 * @param meta extra header metadata (e.g. scenario and seed from the harness)
 */
public record AgentArguments(Path config, Path out, Map<String, String> meta) {
  public AgentArguments {
    meta = Map.copyOf(meta);
  }

  /**
   * Parses the argument string.
   *
   * @throws IllegalArgumentException naming the missing or unknown entry
   */
  public static AgentArguments parse(String args) {
    if (args == null || args.isBlank()) {
      throw new IllegalArgumentException("missing agent arguments; use -javaagent:<agent.jar>=config=<instrumentation.yaml>,out=<trace.ndjson>");
    }
    Path config = null;
    Path out = null;
    Map<String, String> meta = new LinkedHashMap<>();
    for (String part : args.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("agent argument '" + part + "' is not key=value");
      }
      String key = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      if (key.equals("config")) {
        config = Path.of(value);
      } else if (key.equals("out")) {
        out = Path.of(value);
      } else if (key.startsWith("meta.") && key.length() > 5) {
        meta.put(key.substring(5), value);
      } else {
        throw new IllegalArgumentException("unknown agent argument '" + key + "' (known: config, out, meta.<key>)");
      }
    }
    if (config == null) {
      throw new IllegalArgumentException("agent argument 'config' (the instrumentation file) is required");
    }
    if (out == null) {
      throw new IllegalArgumentException("agent argument 'out' (the trace file) is required");
    }
    return new AgentArguments(config, out, meta);
  }

  /** The argument string that {@link #parse} reads back. */
  public String format() {
    StringBuilder sb = new StringBuilder("config=").append(config).append(",out=").append(out);
    meta.forEach((k, v) -> sb.append(",meta.").append(k).append('=').append(v));
    return sb.toString();
  }
}
