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
 * @param learningFolder the folder of the learning traces: {@code folder}, unless the scoring traces were
 *     recorded afresh elsewhere (agents still learn from the task's committed learning traces)
 * @param learning file names (in {@code learningFolder}) of the learning traces
 * @param constants TLC constants for replaying traces, over the task's model-checking ones: a spec's next
 *     state action may be bounded for model checking (a largest epoch, a last round), while a recorded
 *     trace needs the room the real system took (a trace's own {@code constants} meta comes on top)
 * @param coverageFloor the share of the modelled code's branches the committed traces must execute
 *     ({@code coverage-floor}, 0 to 1; 0 when the task states none): the recording manifest holds what they
 *     reach, and the task's tests check it
 */
public record TraceSettings(Path folder, Path learningFolder, List<String> learning, String recorder,
    java.util.Map<String, String> constants, double coverageFloor) {
  public TraceSettings {
    learning = List.copyOf(learning);
    constants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
  }

  /** Trace files are the {@code *.ndjson} files of the folder. */
  public static final String EXTENSION = ".ndjson";

  public boolean hasRecorder() {
    return !recorder.isEmpty();
  }

  /**
   * The recording manifest of the folder: {@code manifest.json} beside the traces, else in {@code raw/}
   * (a harness that converts raw traces keeps the manifest of the raw recording there).
   */
  public java.util.Optional<Path> manifest() {
    for (Path p : List.of(folder.resolve("manifest.json"), folder.resolve("raw").resolve("manifest.json"))) {
      if (Files.isRegularFile(p)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  /** Every trace file of {@code folder}, sorted by name; none when the folder does not exist. */
  public List<Path> files() {
    return list(folder);
  }

  /** The learning traces: the only ones agents and the repair critic may see. */
  public List<Path> learningFiles() {
    return list(learningFolder).stream().filter(p -> learning.contains(p.getFileName().toString())).toList();
  }

  /** The scoring traces: every trace of {@code folder} that is not a learning trace. */
  public List<Path> scoringFiles() {
    return files().stream().filter(p -> !learningFiles().contains(p)).toList();
  }

  /** Traces recorded afresh in {@code folder}: all of them scoring traces; the learning ones stay. */
  public TraceSettings fresh(Path freshFolder) {
    return new TraceSettings(freshFolder.toAbsolutePath().normalize(), learningFolder, learning, recorder, constants,
        coverageFloor);
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the traces in " + dir, e);
    }
  }
}
