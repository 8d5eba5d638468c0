package org.sysmobench.systems.zookeeper.fle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.trace.Json;

/**
 * The {@code manifest.json} of a recording folder.
 *
 * <p>Design note. What: provenance and a summary of every trace in the folder (ZooKeeper version,
 * seed, ensemble size, scenario and event counts per trace and in total), so a reader can select traces
 * without opening them. Why JSON next to the traces: a folder of traces plus one manifest can be copied,
 * committed as a fixture or re-scored alone. Versioning: the {@code schema}/{@code version} pair at the
 * top, bumped when a field changes meaning; new fields may be added within a version.
 *
 * @param system the task id
 * @param zookeeperVersion the version of the ZooKeeper jar that ran
 * @param seed the recording's seed
 * @param nodes ensemble size
 * @param instrumentation the instrumentation file name, copied into the folder
 * @param traces the traces, in recording order
 */
public record RecordingManifest(String system, String zookeeperVersion, long seed, int nodes, String instrumentation,
    List<RecordedTrace> traces) {
  public static final String SCHEMA = "sysmobench-trace-manifest";
  public static final int VERSION = 1;

  public RecordingManifest {
    traces = List.copyOf(traces);
  }

  /** Events per event name over all traces, sorted by name. */
  public Map<String, Long> eventCounts() {
    Map<String, Long> total = new TreeMap<>();
    for (RecordedTrace t : traces) {
      t.eventCounts().forEach((k, v) -> total.merge(k, v, Long::sum));
    }
    return total;
  }

  /** The manifest as JSON text (one line, with a trailing newline). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("version", (long) VERSION);
    m.put("system", system);
    m.put("zookeeperVersion", zookeeperVersion);
    m.put("seed", seed);
    m.put("count", (long) traces.size());
    m.put("nodes", (long) nodes);
    m.put("instrumentation", instrumentation);
    m.put("eventCounts", eventCounts());
    m.put("traces", traces.stream().map(RecordedTrace::toJson).toList());
    return Json.write(m) + "\n";
  }
}
