package org.sysmobench.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a task's recorded traces live ({@code folder}, holding {@code *.ndjson} files in the contract
 * vocabulary and a manifest), which of them are learning traces, and which recorder, if any, records
 * fresh ones ({@code recorder}; empty when the task has no harness on this machine).
 *
 * <p>Learning traces are the only ones agents and the repair critic may see; every other trace in the
 * folder is a scoring trace, held out: conformance is scored on those alone, so a spec cannot be tuned
 * to the traces that judge it. Traces a run records afresh are scoring traces.
 *
 * @param learning file names (in {@code folder}) of the learning traces
 * @param constants TLC constants for replaying traces, over the task's model-checking ones: a spec's next
 *     state action may be bounded for model checking (a largest epoch, a last round), while a recorded
 *     trace needs the room the real system took (a trace's own {@code constants} meta comes on top)
 */
public record TraceSettings(Path folder, List<String> learning, String recorder, java.util.Map<String, String> constants) {
  public TraceSettings {
    learning = List.copyOf(learning);
    constants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
  }

  /** Trace files are the {@code *.ndjson} files of the folder. */
  public static final String EXTENSION = ".ndjson";

  public boolean hasRecorder() {
    return !recorder.isEmpty();
  }

  /** Every trace file of the folder, sorted by name; none when the folder does not exist. */
  public List<Path> files() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the traces in " + folder, e);
    }
  }

  /** The learning traces: the only ones agents and the repair critic may see. */
  public List<Path> learningFiles() {
    return files().stream().filter(p -> learning.contains(p.getFileName().toString())).toList();
  }

  /** The scoring traces: every trace that is not a learning trace. */
  public List<Path> scoringFiles() {
    return files().stream().filter(p -> !learning.contains(p.getFileName().toString())).toList();
  }

  /** Traces recorded afresh in {@code folder}: all of them scoring traces. */
  public TraceSettings fresh(Path folder) {
    return new TraceSettings(folder.toAbsolutePath().normalize(), List.of(), recorder, constants);
  }
}
