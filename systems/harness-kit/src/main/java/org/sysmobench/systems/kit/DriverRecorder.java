package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;
import org.sysmobench.systems.kit.coverage.BranchCoverage;
import org.sysmobench.systems.kit.coverage.ModelledCode;

/**
 * Records a task whose system is exercised by a seeded Java driver: one child JVM per trace runs the
 * driver under the tracer agent (with the harness's {@code instrumentation.yaml}), the subclass turns
 * the raw events into contract events, and the trace is written as a contract trace file; a copy of the
 * instrumentation file and {@code manifest.json} go beside the traces. Every run also measures the branch
 * coverage of the task's modelled code (JaCoCo beside the tracer, {@link BranchCoverage}); the manifest
 * holds it per trace and for all traces together. Raw files live in a temp folder that is deleted
 * afterwards.
 *
 * <p>A seed whose recording the subclass cannot explain honestly (it throws {@link
 * RecordingFailedException} from {@link #convert}) is refused and the next derived seed is tried, at most
 * {@value #ATTEMPTS} times; the manifest lists refused seeds and why. A driver that fails or hangs is not
 * refused: it fails the recording.
 */
public abstract class DriverRecorder implements ManifestRecorder {
  /** The instrumentation file's name, both as a resource beside the subclass and in the output folder. */
  public static final String INSTRUMENTATION = "instrumentation.yaml";
  static final int ATTEMPTS = 4;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-XX:TieredStopAtLevel=1");

  /**
   * One trace made from a driver run.
   *
   * @param file the trace's file name
   * @param events the run in the contract vocabulary
   * @param meta what the trace header records about the run besides the task and seed (the seed's
   *     choices, the versions that ran, and {@code constants}: the model constants the trace needs)
   * @param setup what the manifest records about the run
   */
  public record Converted(String file, List<ContractEvent> events, Map<String, Object> meta,
      Map<String, Object> setup) {
    public Converted {
      events = List.copyOf(events);
    }
  }

  private final String taskId;
  private final List<String> actions;
  private final Class<?> driver;
  private final ModelledCode modelledCode;

  /**
   * @param taskId the task the traces are for
   * @param actions the contract actions, in the order of the manifest's coverage table
   * @param driver the driver's main class; it gets the trace's seed as its only argument
   * @param modelledCode the code the task models, whose branch coverage every recording measures
   */
  protected DriverRecorder(String taskId, List<String> actions, Class<?> driver, ModelledCode modelledCode) {
    this.taskId = taskId;
    this.actions = List.copyOf(actions);
    this.driver = driver;
    this.modelledCode = modelledCode;
  }

  /** The code the task models, whose branch coverage every recording measures. */
  public final ModelledCode modelledCode() {
    return modelledCode;
  }

  @Override
  public final String taskId() {
    return taskId;
  }

  /** What ran, in order, for the manifest: the JDK unless a subclass names more (a library's version). */
  protected Map<String, String> provenance() {
    return Map.of("jdk", System.getProperty("java.version"));
  }

  /**
   * The trace of one driver run.
   *
   * @param index the trace's position in the recording
   * @param seed the seed the driver ran with
   * @param raw the agent's events
   * @throws RecordingFailedException when the run cannot be explained honestly: the seed is refused
   */
  protected abstract Converted convert(int index, long seed, List<TraceEvent> raw);

  @Override
  public RecordingManifest recordWithManifest(Path outDir, int count, long seed, Progress progress)
      throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION);
    WorkFiles.copyResource(getClass(), INSTRUMENTATION, instrumentation);
    ChildJvm jvm = new ChildJvm(AgentJar.locate(), instrumentation, JVM_OPTIONS, TIMEOUT);
    Path work = Files.createTempDirectory("sysmobench-" + taskId + "-");
    try {
      BranchCoverage coverage = BranchCoverage.prepare(modelledCode, work);
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      List<Path> execs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Accepted a = recordOne(outDir, work, jvm, coverage, i, seed);
        entries.add(a.entry().withBranches(coverage.analyze(List.of(a.exec())).branches()));
        execs.add(a.exec());
        progress.traceRecorded(i + 1, count);
      }
      RecordingManifest m = new RecordingManifest(taskId, seed, provenance(), actions, entries)
          .withCodeCoverage(coverage.analyze(execs));
      m.writeTo(outDir);
      return m;
    } finally {
      WorkFiles.deleteTree(work);
    }
  }

  /** A trace's manifest entry and its run's coverage data. */
  private record Accepted(RecordingManifest.TraceEntry entry, Path exec) {}

  private Accepted recordOne(Path outDir, Path work, ChildJvm jvm, BranchCoverage coverage, int index, long seed)
      throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long traceSeed = Seeds.mix(seed, index * ATTEMPTS + attempt);
      Path raw = work.resolve("raw-" + index + "-" + attempt + ".ndjson");
      Path exec = work.resolve("coverage-" + index + "-" + attempt + ".exec");
      jvm.run(raw, Map.of("seed", Long.toString(traceSeed)), driver.getName(), List.of(Long.toString(traceSeed)),
          coverage.extras(exec));
      Converted trace;
      try {
        trace = convert(index, traceSeed, TraceReader.any().read(raw).events());
      } catch (RecordingFailedException e) {
        refused.add(traceSeed + ": " + e.getMessage());
        continue;
      }
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("task", taskId);
      meta.put("seed", traceSeed);
      meta.putAll(trace.meta());
      ContractTraceFile.write(outDir.resolve(trace.file()), meta, trace.events());
      return new Accepted(RecordingManifest.TraceEntry.counting(trace.file(), traceSeed, trace.setup(),
          trace.events().stream().map(ContractEvent::action).toList(), refused), exec);
    }
    throw new RecordingFailedException("trace " + index + ": no seed out of " + ATTEMPTS
        + " gave an explainable recording: " + refused);
  }
}
