package org.sysmobench.check.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.conformance.PreparedTrace;
import org.sysmobench.tasks.Task;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * Recorded traces made ready to replay through the reference, grouped by the constants they were
 * recorded under (one replay per group), as the conformance phase replays them: the events file the
 * trace reader gives TLC, and the model's constants with the task's trace constants and the trace's own
 * on top. A trace the harness cannot read is listed as skipped with the reason.
 */
final class TraceGroups {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One trace ready to replay. */
  record Prepared(String name, Path events, int length) {}

  /** Traces replayed together, under {@code constants}. */
  record Group(Map<String, String> constants, List<Prepared> traces) {}

  private final List<Group> groups;
  private final Map<String, String> skipped;

  private TraceGroups(List<Group> groups, Map<String, String> skipped) {
    this.groups = List.copyOf(groups);
    this.skipped = Map.copyOf(skipped);
  }

  List<Group> groups() {
    return groups;
  }

  /** Trace name to why it cannot be replayed. */
  Map<String, String> skipped() {
    return skipped;
  }

  static TraceGroups prepare(Task task, List<Path> files, Path folder, Map<String, String> modelConstants) {
    Map<Map<String, String>, List<Prepared>> byConstants = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    int index = 0;
    for (Path file : files) {
      index++;
      String name = file.getFileName().toString();
      Trace trace;
      try {
        trace = TraceReader.any().read(file);
      } catch (TraceFormatException | IOException | UncheckedIOException e) {
        skipped.put(name, "unreadable: " + e.getMessage());
        continue;
      }
      if (trace.events().isEmpty()) {
        skipped.put(name, "no events");
        continue;
      }
      List<String> lines = new ArrayList<>();
      String outside = null;
      for (TraceEvent e : trace.events()) {
        if (task.contract().mappingFor(e.event()).isEmpty()) {
          outside = "event '" + e.event() + "' is not in the contract";
          break;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", e.event());
        line.put("node", e.node());
        line.put("args", e.field("args").orElse(Map.of()));
        line.put("state", e.field("state").orElse(Map.of()));
        try {
          lines.add(JSON.writeValueAsString(line));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
      if (outside != null) {
        skipped.put(name, outside);
        continue;
      }
      Path events = folder.resolve("discovery-trace-" + index + ".events.ndjson");
      WorkFiles.write(events, String.join("\n", lines) + "\n");
      Map<String, String> constants = new LinkedHashMap<>(modelConstants);
      constants.putAll(task.traces().constants());
      if (trace.header().meta().get(PreparedTrace.CONSTANTS_META) instanceof Map<?, ?> m) {
        m.forEach((k, v) -> constants.put(String.valueOf(k), String.valueOf(v)));
      }
      byConstants.computeIfAbsent(constants, k -> new ArrayList<>()).add(new Prepared(name, events, lines.size()));
    }
    List<Group> groups = new ArrayList<>();
    byConstants.forEach((c, t) -> groups.add(new Group(c, t)));
    return new TraceGroups(groups, skipped);
  }
}
