package org.sysmobench.agents.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * Recorded traces rendered compactly for a prompt: a seeded sample of the files, each as a table with
 * one line per event ({@code seq | node | event | args | state}), with limits on events per trace and on
 * the total size so that a long recording cannot blow the context window.
 *
 * <p>Event fields {@code args} and {@code state} become those columns; a trace without them shows its
 * other fields as {@code args}. Files are named by file name only (never a local path: the text is part
 * of the cache key).
 *
 * @param text the rendered executions
 * @param shown the file names shown, in order
 * @param notes what was sampled, cut or unreadable
 */
public record TraceDigest(String text, List<String> shown, List<String> notes) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public TraceDigest {
    shown = List.copyOf(shown);
    notes = List.copyOf(notes);
  }

  /**
   * Limits of a digest.
   *
   * @param traces at most this many trace files
   * @param eventsPerTrace at most this many events of each (the first ones)
   * @param totalChars stop adding executions once the text is this long
   */
  public record Limits(int traces, int eventsPerTrace, int totalChars) {
    public static final Limits DEFAULT = new Limits(3, 200, 60_000);

    public Limits {
      if (traces < 1 || eventsPerTrace < 1 || totalChars < 1) {
        throw new IllegalArgumentException("trace limits must be positive: " + traces + ", " + eventsPerTrace + ", "
            + totalChars);
      }
    }
  }

  /** Samples {@code limits.traces()} files with {@code seed} (sorted by name first, so the choice is stable). */
  public static TraceDigest of(List<Path> files, Limits limits, long seed) {
    List<String> notes = new ArrayList<>();
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<Path> chosen = sorted;
    if (sorted.size() > limits.traces()) {
      List<Path> shuffled = new ArrayList<>(sorted);
      Collections.shuffle(shuffled, new Random(seed));
      chosen = new ArrayList<>(shuffled.subList(0, limits.traces()));
      chosen.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      notes.add("sampled " + chosen.size() + " of " + sorted.size() + " traces with seed " + seed);
    }
    StringBuilder text = new StringBuilder();
    List<String> shown = new ArrayList<>();
    TraceReader reader = TraceReader.any();
    int n = 0;
    for (Path file : chosen) {
      String name = file.getFileName().toString();
      Trace trace;
      try {
        trace = reader.read(file);
      } catch (IOException | TraceFormatException e) {
        notes.add("skipped unreadable trace " + name + ": " + e.getMessage());
        continue;
      }
      String rendered = render(++n, name, trace, limits.eventsPerTrace(), notes);
      if (text.length() > 0 && text.length() + rendered.length() > limits.totalChars()) {
        notes.add("left out " + name + " and later traces: the digest would exceed " + limits.totalChars()
            + " characters");
        break;
      }
      text.append(rendered).append('\n');
      shown.add(name);
    }
    if (shown.isEmpty()) {
      text.append("(no recorded executions are available)\n");
    }
    return new TraceDigest(text.toString().strip(), shown, notes);
  }

  private static String render(int index, String name, Trace trace, int maxEvents, List<String> notes) {
    StringBuilder s = new StringBuilder();
    s.append("## Execution ").append(index).append(": ").append(name);
    Map<String, Object> meta = trace.header().meta();
    List<String> about = new ArrayList<>();
    if (meta.get("scenario") != null) {
      about.add("scenario " + meta.get("scenario"));
    }
    if (meta.get("constants") instanceof Map<?, ?> constants && !constants.isEmpty()) {
      about.add("constants " + constants.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
          .collect(Collectors.joining(", ")));
    }
    about.add(trace.events().size() + " events");
    s.append(" (").append(String.join("; ", about)).append(")\n");
    s.append("seq | node | event | args | state\n");
    int shown = Math.min(maxEvents, trace.events().size());
    for (TraceEvent e : trace.events().subList(0, shown)) {
      Map<String, Object> args = new LinkedHashMap<>(e.fields());
      Object state = args.remove("state");
      Object explicitArgs = args.remove("args");
      s.append(e.seq()).append(" | ").append(e.node()).append(" | ").append(e.event()).append(" | ")
          .append(json(explicitArgs != null ? explicitArgs : args)).append(" | ")
          .append(state == null ? "-" : json(state)).append('\n');
    }
    if (shown < trace.events().size()) {
      s.append("... (").append(trace.events().size() - shown).append(" more events not shown)\n");
      notes.add("showed the first " + shown + " of " + trace.events().size() + " events of " + name);
    }
    return s.toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
