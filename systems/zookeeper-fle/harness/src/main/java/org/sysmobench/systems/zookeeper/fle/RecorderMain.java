package org.sysmobench.systems.zookeeper.fle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.RecordingManifest;

/**
 * Command line: {@code RecorderMain <outDir> <count> <seed> [--nodes N] [--scenario id]...}. Prints the
 * manifest path and a one-line summary per trace; exit code 0 on success, 1 if recording failed, 2 on a
 * usage error. The CLI's {@code traces record zookeeper-fle} calls {@link ZooKeeperRecorder} directly.
 */
public final class RecorderMain {
  private RecorderMain() {}

  public static void main(String[] args) throws Exception {
    RecordOptions options = RecordOptions.defaults();
    List<Scenario> scenarios = new ArrayList<>();
    List<String> positional = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--nodes" -> options = options.withNodes(Integer.parseInt(args[++i]));
          case "--scenario" -> scenarios.add(Scenario.fromId(args[++i]));
          default -> positional.add(args[i]);
        }
      }
      if (positional.size() != 3) {
        throw new IllegalArgumentException("expected <outDir> <count> <seed>");
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: RecorderMain <outDir> <count> <seed> [--nodes 3..5] [--scenario initial-election|leader-crash|peer-restart|late-join]...");
      System.exit(2);
      return;
    }
    if (!scenarios.isEmpty()) {
      options = options.withScenarios(scenarios);
    }
    Path out = Path.of(positional.get(0));
    try {
      List<RecordedTrace> traces = ZooKeeperRecorder.record(out, Integer.parseInt(positional.get(1)),
          Long.parseLong(positional.get(2)), options);
      for (RecordedTrace t : traces) {
        System.out.println(t.file() + "  " + t.events() + " events  " + t.durationMs() + " ms");
      }
      System.out.println("manifest: " + out.resolve(RecordingManifest.FILE));
    } catch (RecordingFailedException e) {
      System.err.println("recording failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
