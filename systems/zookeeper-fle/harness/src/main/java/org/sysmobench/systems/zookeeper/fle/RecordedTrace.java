package org.sysmobench.systems.zookeeper.fle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.RecordingManifest;

/**
 * One trace file of a recording: what the manifest lists for it, with the scenario and steps typed.
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
 * @param refused earlier seeds of this trace whose recording could not be used, each with the reason
 */
public record RecordedTrace(String file, Scenario scenario, long seed, int nodes, long events, Map<String, Long> eventCounts,
    long durationMs, List<Map<String, Object>> steps, List<String> threadsOutlivingShutdown, List<String> refused) {
  public RecordedTrace {
    eventCounts = Map.copyOf(eventCounts);
    steps = List.copyOf(steps);
    threadsOutlivingShutdown = List.copyOf(threadsOutlivingShutdown);
    refused = List.copyOf(refused);
  }

  RecordedTrace withRefused(List<String> seeds) {
    return new RecordedTrace(file, scenario, seed, nodes, events, eventCounts, durationMs, steps, threadsOutlivingShutdown,
        seeds);
  }

  /** The manifest's entry: the event counts as its actions, the rest as its setup. */
  RecordingManifest.TraceEntry toManifestEntry() {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("scenario", scenario.id());
    setup.put("nodes", nodes);
    setup.put("durationMs", durationMs);
    setup.put("steps", steps);
    setup.put("threadsOutlivingShutdown", threadsOutlivingShutdown);
    return new RecordingManifest.TraceEntry(file, seed, setup, Math.toIntExact(events), eventCounts, refused);
  }
}
