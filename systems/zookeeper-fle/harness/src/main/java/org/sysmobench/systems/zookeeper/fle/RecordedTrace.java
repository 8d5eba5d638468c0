package org.sysmobench.systems.zookeeper.fle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trace file of a recording, as listed in the manifest.
 *
 * @param file the file name inside the output folder
 * @param scenario what was played
 * @param seed the seed of this trace (derived from the recording's seed and the trace index)
 * @param nodes ensemble size
 * @param events number of events
 * @param eventCounts events per event name, sorted by name
 * @param durationMs wall time of the scenario in the child JVM
 * @param steps what the scenario did (starts, stops, pauses, writes, settled elections), in order
 * @param threadsOutlivingShutdown ZooKeeper threads still alive 5 s after every peer was shut down (they
 *     ended with the child JVM)
 */
public record RecordedTrace(String file, Scenario scenario, long seed, int nodes, long events, Map<String, Long> eventCounts,
    long durationMs, List<Map<String, Object>> steps, List<String> threadsOutlivingShutdown) {
  public RecordedTrace {
    eventCounts = Map.copyOf(eventCounts);
    steps = List.copyOf(steps);
    threadsOutlivingShutdown = List.copyOf(threadsOutlivingShutdown);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("scenario", scenario.id());
    m.put("seed", seed);
    m.put("nodes", (long) nodes);
    m.put("events", events);
    m.put("eventCounts", new java.util.TreeMap<>(eventCounts));
    m.put("durationMs", durationMs);
    m.put("steps", steps);
    m.put("threadsOutlivingShutdown", threadsOutlivingShutdown);
    return m;
  }
}
