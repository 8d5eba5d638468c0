package org.sysmobench.systems.zookeeper.fle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sysmobench.systems.kit.WorkFiles;
import org.sysmobench.trace.Json;

/**
 * The child JVM's main class: {@code ScenarioMain <scenario> <seed> <nodes> <workDir> <resultFile>}.
 * Runs one scenario under the agent, stops every peer, checks that ZooKeeper's threads ended, deletes
 * the work folder, and writes a JSON result (steps, ports, leftover threads, error). Exit code 0 on
 * success, 1 if the scenario failed (the result file still says why).
 */
public final class ScenarioMain {
  private ScenarioMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: ScenarioMain <scenario> <seed> <nodes> <workDir> <resultFile>");
      System.exit(2);
    }
    Scenario scenario = Scenario.fromId(args[0]);
    long seed = Long.parseLong(args[1]);
    int nodes = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    Path resultFile = Path.of(args[4]);
    Set<Thread> baseline = Set.copyOf(Thread.getAllStackTraces().keySet());
    long started = System.nanoTime();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scenario", scenario.id());
    result.put("seed", seed);
    result.put("nodes", (long) nodes);
    List<Map<String, Object>> steps = List.of();
    String error = null;
    Ensemble ensemble = new Ensemble(work, nodes);
    List<Object> ports = new ArrayList<>();
    ensemble.addresses().forEach(a -> {
      ports.add((long) a.quorumPort());
      ports.add((long) a.electionPort());
      ports.add((long) a.clientPort());
    });
    try (ensemble) {
      steps = new ScenarioScript(ensemble, seed).play(scenario);
    } catch (Exception e) {
      error = e.toString();
    }
    result.put("steps", steps);
    result.put("ports", ports);
    result.put("leftoverThreads", leftoverThreads(baseline));
    WorkFiles.deleteTree(work);
    result.put("workDirRemoved", !Files.exists(work));
    result.put("durationMs", (System.nanoTime() - started) / 1_000_000);
    if (error != null) {
      result.put("error", error);
    }
    Files.writeString(resultFile, Json.write(result) + "\n");
    if (error != null) {
      // The recorder reports the tail of this stderr when the exit code is not 0.
      System.err.println("scenario " + scenario.id() + " (seed " + seed + ") failed: " + error);
    }
    System.exit(error == null ? 0 : 1);
  }

  /** Threads started during the run that are still alive after a grace period. */
  private static List<Object> leftoverThreads(Set<Thread> baseline) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<Object> names = new ArrayList<>();
    while (true) {
      names.clear();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!baseline.contains(t) && t.isAlive() && t != Thread.currentThread() && !isJvmOwned(t)) {
          names.add(t.getName());
        }
      }
      if (names.isEmpty() || System.nanoTime() > deadline) {
        return names;
      }
      Thread.sleep(50);
    }
  }

  /** Threads the JVM itself starts on demand (reference handling, attach, process reaping). */
  private static boolean isJvmOwned(Thread t) {
    String n = t.getName();
    return n.equals("Attach Listener") || n.equals("Common-Cleaner") || n.startsWith("process reaper") || n.equals("sysmobench-tracer-shutdown");
  }

}
