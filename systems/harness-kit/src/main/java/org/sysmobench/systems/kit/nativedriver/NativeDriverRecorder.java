package org.sysmobench.systems.kit.nativedriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.ContractTraceFile;
import org.sysmobench.systems.kit.ManifestRecorder;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.systems.kit.Seeds;
import org.sysmobench.trace.Prerequisite;

/**
 * Records a task whose system is exercised by a native driver: builds the driver once ({@link
 * NativeDriverBuild}), runs it once per trace with a seed derived from the recording's, and writes each
 * accepted run as a contract trace file plus {@code manifest.json}.
 *
 * <p>A run the subclass refuses (it throws {@link RecordingFailedException} from {@link #attempt}) is
 * tried again from the next derived seed, at most {@code attempts} times per trace; the manifest lists
 * refused seeds and why.
 */
public abstract class NativeDriverRecorder implements ManifestRecorder {
  /**
   * One accepted run.
   *
   * @param file the trace's file name
   * @param meta the trace header, in order (the task and seed included)
   * @param events the run in the contract vocabulary
   * @param setup what the manifest records about the run
   */
  public record Accepted(String file, Map<String, Object> meta, List<ContractEvent> events, Map<String, Object> setup) {
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /** The task's identity and what its recording is made of. */
  public record Task(String id, List<String> actions, Map<String, String> provenance, int attempts,
      String acceptedRun, String driverSources) {
    /**
     * @param id the task the traces are for
     * @param actions the contract actions, in the order of the manifest's coverage table
     * @param provenance what ran, for the manifest (the system's version)
     * @param attempts seeds tried per trace
     * @param acceptedRun what a run must be, for the message when no seed gave one (e.g. "a contended,
     *     explainable run")
     * @param driverSources what the prerequisites call the driver sources when they cannot be read
     */
    public Task {
      actions = List.copyOf(actions);
      provenance = Map.copyOf(provenance);
    }
  }

  private final Task task;
  private final NativeDriverBuild build;
  /** The build for an environment asked about, or null: the build is fixed (tests). */
  private final Function<Map<String, String>, ? extends NativeDriverBuild> buildForEnvironment;

  /**
   * @param build the build recordings use
   * @param buildForEnvironment the build the prerequisites of an environment are asked of (its cache
   *     follows that environment), or null to ask {@code build}
   */
  protected NativeDriverRecorder(Task task, NativeDriverBuild build,
      Function<Map<String, String>, ? extends NativeDriverBuild> buildForEnvironment) {
    this.task = task;
    this.build = build;
    this.buildForEnvironment = buildForEnvironment;
  }

  @Override
  public final String taskId() {
    return task.id();
  }

  @Override
  public List<Prerequisite> prerequisites(Map<String, String> env) {
    try {
      // a built driver in that environment's cache makes the toolchain unnecessary
      return (buildForEnvironment != null ? buildForEnvironment.apply(env) : build).prerequisites(env);
    } catch (IOException e) {
      return List.of(Prerequisite.missing(task.driverSources(), "unreadable from the harness jar: " + e.getMessage(),
          "rebuild sysmobench (mvn install)"));
    }
  }

  /**
   * One run of the driver for trace {@code index} with {@code seed}, converted.
   *
   * @param outDir the recording's folder (for files a task keeps beside its traces)
   * @throws RecordingFailedException when the run cannot be used: the seed is refused
   */
  protected abstract Accepted attempt(Path binary, Path outDir, int index, long seed)
      throws IOException, InterruptedException;

  /** Prepares the recording's folder, which exists already (nothing by default). */
  protected void prepare(Path outDir) throws IOException {}

  /** How the message when no seed gave a usable run names trace {@code index}. */
  protected String traceName(int index) {
    return "trace " + index;
  }

  @Override
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed, Progress progress)
      throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Path binary = build.binary();
    Files.createDirectories(outDir);
    prepare(outDir);
    List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(recordOne(binary, outDir, i, seed));
      progress.traceRecorded(i + 1, count);
    }
    RecordingManifest m = new RecordingManifest(task.id(), seed, task.provenance(), task.actions(), entries);
    m.writeTo(outDir);
    return m;
  }

  private RecordingManifest.TraceEntry recordOne(Path binary, Path outDir, int index, long seed)
      throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < task.attempts(); attempt++) {
      long traceSeed = Seeds.mix(seed, index * task.attempts() + attempt);
      Accepted run;
      try {
        run = attempt(binary, outDir, index, traceSeed);
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      ContractTraceFile.write(outDir.resolve(run.file()), run.meta(), run.events());
      return RecordingManifest.TraceEntry.counting(run.file(), traceSeed, run.setup(),
          run.events().stream().map(ContractEvent::action).toList(), refused);
    }
    throw new RecordingFailedException(traceName(index) + ": no seed out of " + task.attempts() + " gave "
        + task.acceptedRun() + ": " + refused);
  }
}
