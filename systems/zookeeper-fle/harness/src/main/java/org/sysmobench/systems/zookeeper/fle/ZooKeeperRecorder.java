package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.systems.kit.AgentJar;
import org.sysmobench.systems.kit.ChildJvm;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.systems.kit.Seeds;
import org.sysmobench.systems.kit.WorkFiles;
import org.sysmobench.systems.kit.coverage.BranchCoverage;
import org.sysmobench.systems.kit.coverage.ModelledCode;
import org.sysmobench.systems.kit.coverage.ModelledCode.ModelledClass;
import org.sysmobench.trace.Json;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/**
 * Records Fast Leader Election traces of real ZooKeeper peers: the public entry point of this harness.
 *
 * <pre>
 * List&lt;RecordedTrace&gt; traces = ZooKeeperRecorder.record(Path.of("traces"), 4, 42L, RecordOptions.defaults());
 * </pre>
 *
 * <p>Each trace comes from a fresh child JVM ({@link ChildJvm}) running {@link ScenarioMain} under the
 * tracer agent, so no ZooKeeper thread, static or port outlives its trace and traces cannot influence each
 * other. The folder receives {@code NNN-<scenario>.ndjson} files, a copy of the instrumentation file and
 * {@code manifest.json} ({@link RecordingManifest}, counting raw events, with the branch coverage of the
 * modelled code, {@link #MODELLED}, measured by JaCoCo beside the tracer; written last, atomically). A trace
 * whose child fails, times out, leaves its data folder, keeps a port bound or whose agent reports problems
 * fails the whole recording with the reason.
 *
 * <p>Threads: ZooKeeper 3.9.5 occasionally leaves an internal thread (a leader's per-learner
 * {@code Sender-} thread) running after {@code QuorumPeer.shutdown()}. Such threads are listed in the
 * manifest (setup entry {@code threadsOutlivingShutdown}) rather than failing the run: they end with the
 * child JVM, which is gone before the trace is accepted.
 */
public final class ZooKeeperRecorder {
  static final String INSTRUMENTATION_RESOURCE = "instrumentation.yaml";
  private static final String TASK_ID = "zookeeper-fle";
  static final int ATTEMPTS = 3;
  private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Dzookeeper.admin.enableServer=false",
      "-Dzookeeper.jmx.log4j.disable=true");

  private static final String QUORUM = "org.apache.zookeeper.server.quorum.";
  /**
   * The code the task models: the election loop and its notification handling (the total order, the
   * quorum and leader checks, votes of peers out of the election), the receiver thread that answers peers,
   * vote equality and majority quorums. Observers, reconfiguration, the two-peer oracle and old message
   * formats are out of the task's scope; their branches stay missed.
   */
  static final ModelledCode MODELLED = ModelledCode.of(
      ModelledClass.of(QUORUM + "FastLeaderElection", "lookForLeader", "totalOrderPredicate", "getVoteTracker",
          "checkLeader", "receivedFollowingNotification", "receivedLeadingNotification", "updateProposal",
          "sendNotifications", "setPeerState", "leaveInstance"),
      ModelledClass.of(QUORUM + "FastLeaderElection$Messenger$WorkerReceiver", "run"),
      ModelledClass.of(QUORUM + "Vote", "equals"),
      ModelledClass.of(QUORUM + "flexible.QuorumMaj", "containsQuorum"));

  private ZooKeeperRecorder() {}

  /** Records with {@link RecordOptions#defaults()}. */
  public static List<RecordedTrace> record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return record(outDir, count, seed, RecordOptions.defaults());
  }

  /** Records with {@code options}, every cleanly recorded trace accepted. */
  public static List<RecordedTrace> record(Path outDir, int count, long seed, RecordOptions options)
      throws IOException, InterruptedException {
    return record(outDir, count, seed, options, raw -> { });
  }

  /** Whether a cleanly recorded raw trace can be used. */
  @FunctionalInterface
  public interface Acceptance {
    /** @throws RecordingFailedException saying why {@code raw} cannot be used */
    void check(Trace raw);
  }

  /**
   * Records {@code count} traces into {@code outDir} (created if needed), with their manifest. A trace
   * that {@code acceptance} refuses is recorded again from a seed derived from its own, at most
   * {@value #ATTEMPTS} times in all; the manifest lists the refused seeds and why.
   *
   * @return the traces, in recording order
   * @throws RecordingFailedException if a trace cannot be recorded cleanly, or no seed gave one accepted
   */
  public static List<RecordedTrace> record(Path outDir, int count, long seed, RecordOptions options,
      Acceptance acceptance) throws IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    Path agent = options.agentJar().orElseGet(AgentJar::locate);
    Files.createDirectories(outDir);
    Path instrumentation = outDir.resolve(INSTRUMENTATION_RESOURCE);
    WorkFiles.copyResource(ZooKeeperRecorder.class, INSTRUMENTATION_RESOURCE, instrumentation);
    ChildJvm jvm = new ChildJvm(agent, instrumentation, JVM_OPTIONS, options.timeoutPerTrace());
    Path work = Files.createTempDirectory("sysmobench-zk-coverage-");
    try {
      BranchCoverage coverage = BranchCoverage.prepare(MODELLED, work);
      List<RecordedTrace> traces = new ArrayList<>();
      List<RecordingManifest.TraceEntry> entries = new ArrayList<>();
      List<Path> execs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Scenario scenario = options.scenarios().get(i % options.scenarios().size());
        String file = String.format("%03d-%s.ndjson", i, scenario.id());
        Path exec = work.resolve(i + ".exec");
        RecordedTrace t = recordAccepted(outDir.resolve(file), scenario, Seeds.mix(seed, i),
            scenario.ensembleSize(options.nodes()), jvm,
            coverage, exec, acceptance);
        traces.add(t);
        execs.add(exec);
        entries.add(t.toManifestEntry().withBranches(coverage.analyze(List.of(exec)).branches()));
      }
      Map<String, String> provenance = new LinkedHashMap<>();
      provenance.put("zookeeper", zooKeeperVersion());
      provenance.put("jdk", System.getProperty("java.version"));
      // Sorted, because the vocabulary map has no order and the manifest's bytes should not vary.
      new RecordingManifest(TASK_ID, seed, provenance, FleEventVocabulary.FIELDS.keySet().stream().sorted().toList(),
          entries).withCodeCoverage(coverage.analyze(execs)).writeTo(outDir);
      return traces;
    } finally {
      WorkFiles.deleteTree(work);
    }
  }

  /**
   * The version of the ZooKeeper jar the children run, from its manifest: calling ZooKeeper's own
   * {@code Version} would initialise its logger here, and this JVM (the CLI's) has no SLF4J provider,
   * so SLF4J would print warnings at every recording.
   */
  static String zooKeeperVersion() {
    String v = org.apache.zookeeper.Version.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  private static RecordedTrace recordAccepted(Path traceFile, Scenario scenario, long seed, int nodes, ChildJvm jvm,
      BranchCoverage coverage, Path exec, Acceptance acceptance) throws IOException, InterruptedException {
    List<String> refused = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long attemptSeed = attempt == 0 ? seed : Seeds.mix(seed, attempt);
      Files.deleteIfExists(exec);
      RecordedTrace t = recordOne(traceFile, scenario, attemptSeed, nodes, jvm, coverage.extras(exec));
      try {
        Trace raw = TraceReader.any().read(traceFile);
        ScenarioEvidence.check(scenario, raw);
        acceptance.check(raw);
        return t.withRefused(refused);
      } catch (RecordingFailedException e) {
        refused.add(attemptSeed + ": " + e.getMessage());
      }
    }
    throw new RecordingFailedException(scenario.id() + ": no seed out of " + ATTEMPTS + " gave a trace that can be used: "
        + refused);
  }

  private static RecordedTrace recordOne(Path traceFile, Scenario scenario, long seed, int nodes, ChildJvm jvm,
      ChildJvm.Extras extras) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("sysmobench-zk-");
    try {
      Path result = work.resolve("result.json");
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("scenario", scenario.id());
      meta.put("seed", Long.toString(seed));
      meta.put("nodes", Integer.toString(nodes));
      jvm.run(traceFile, meta, ScenarioMain.class.getName(), List.of(scenario.id(), Long.toString(seed),
          Integer.toString(nodes), work.resolve("peers").toString(), result.toString()), extras);
      if (!Files.exists(result)) {
        throw new RecordingFailedException(scenario.id() + " (seed " + seed + "): the child JVM exited without a result");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) Json.parse(Files.readString(result).trim());
      checkCleanedUp(scenario, seed, r);
      Trace trace = TraceReader.any().read(traceFile);
      Map<String, Long> counts = new TreeMap<>();
      for (TraceEvent e : trace.events()) {
        counts.merge(e.event(), 1L, Long::sum);
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> steps = (List<Map<String, Object>>) r.get("steps");
      List<String> outlived = ((List<?>) r.get("leftoverThreads")).stream().map(Object::toString).toList();
      return new RecordedTrace(traceFile.getFileName().toString(), scenario, seed, nodes, trace.events().size(), counts,
          (Long) r.get("durationMs"), steps, outlived, List.of());
    } finally {
      WorkFiles.deleteTree(work);
    }
  }

  private static void checkCleanedUp(Scenario scenario, long seed, Map<String, Object> r) throws InterruptedException {
    if (!Boolean.TRUE.equals(r.get("workDirRemoved"))) {
      throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") left its data folder behind");
    }
    for (Object port : (List<?>) r.get("ports")) {
      int p = ((Long) port).intValue();
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (!FreePorts.isFree(p)) {
        if (System.nanoTime() > deadline) {
          throw new RecordingFailedException(scenario.id() + " (seed " + seed + ") left port " + p + " bound");
        }
        Thread.sleep(50);
      }
    }
  }
}
