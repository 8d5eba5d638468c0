package org.sysmobench.check.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.model.result.PhaseDetails.TraceCheck;
import org.sysmobench.model.result.PhaseDetails.TraceOutcome;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tasks.Observation;
import org.sysmobench.tasks.Task;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * A trace ready to replay: its events, written as the events file the replay module reads, and the
 * model constants it was recorded under; or why our harness cannot replay it (then it is not scored).
 *
 * @param name the trace file's name
 * @param index its position among the evaluation's traces, from 1
 * @param eventsFile the events file in the evaluation's folder; null when the trace cannot be replayed
 * @param constants the model constants to replay it under
 * @param perNode the contract variables observed per node
 * @param failure why the trace cannot be replayed (a NOT_SCORED check); null when it can
 */
public record PreparedTrace(String name, int index, List<TraceEvent> events, Path eventsFile,
    Map<String, String> constants, Set<String> perNode, TraceCheck failure) {
  /** Trace meta key holding TLC constant overrides for the run that recorded the trace (e.g. the node set). */
  public static final String CONSTANTS_META = "constants";
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  public PreparedTrace {
    events = List.copyOf(events);
    constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    perNode = Set.copyOf(perNode);
  }

  public boolean replayable() {
    return failure == null;
  }

  /** Reads each trace file, checks it against the contract and writes its events file into {@code workDir}. */
  public static List<PreparedTrace> prepare(Task task, ModelConfig config, List<Path> files, Path workDir) {
    List<PreparedTrace> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      out.add(prepare(task, config, files.get(i), i + 1, workDir));
    }
    return out;
  }

  private static PreparedTrace prepare(Task task, ModelConfig config, Path file, int index, Path workDir) {
    String name = file.getFileName().toString();
    Trace trace;
    try {
      trace = TraceReader.any().read(file);
    } catch (TraceFormatException e) {
      return notScored(name, index, "unreadable trace: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return notScored(name, index, "cannot read trace: " + e.getMessage());
    }
    if (trace.events().isEmpty()) {
      return notScored(name, index, "the trace holds no events");
    }
    Contract contract = task.contract();
    List<String> lines = new ArrayList<>();
    for (TraceEvent e : trace.events()) {
      if (contract.mappingFor(e.event()).isEmpty()) {
        return notScored(name, index, "event seq " + e.seq() + " '" + e.event() + "' is not in the task's contract");
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
    Path events = workDir.resolve("trace-" + index + ".events.ndjson");
    WorkFiles.write(events, String.join("\n", lines) + "\n");
    Map<String, String> own = new LinkedHashMap<>(task.traces().constants());
    if (trace.header().meta().get(CONSTANTS_META) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> own.put(String.valueOf(k), String.valueOf(v)));
    }
    Set<String> perNode = contract.variables().stream().filter(v -> v.observation() == Observation.PER_NODE)
        .map(ContractVariable::name).collect(Collectors.toSet());
    return new PreparedTrace(name, index, trace.events(), events, config.with(own).constants(), perNode, null);
  }

  private static PreparedTrace notScored(String name, int index, String why) {
    return new PreparedTrace(name, index, List.of(), null, Map.of(), Set.of(),
        new TraceCheck(name, TraceOutcome.NOT_SCORED, 0, 0, "", why, List.of()));
  }
}
