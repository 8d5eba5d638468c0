package org.sysmobench.systems.rust.spin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.trace.Json;

/**
 * {@code manifest.json} of a recording: which traces, from which seeds and set-ups, how many events of each
 * contract action, how often the run really contended (waiters that spun, failed attempts), and the
 * coverage of every action over the set (an action never seen is listed with 0). Written last,
 * atomically. Format version 1: fields are only ever added.
 *
 * @param task the task id
 * @param seed the recording's seed
 * @param spin the spin crate version the driver was built against
 * @param actions every contract action, for the coverage table
 * @param traces one entry per trace
 */
public record RecordingManifest(String task, long seed, String spin, List<String> actions, List<TraceEntry> traces) {

  /**
   * @param file the trace's file name
   * @param seed the seed the driver ran with
   * @param threads how many threads the driver ran
   * @param events number of contract events
   * @param actions events per action
   * @param spunWaits {@code Lock} events whose {@code BeginLock} was not the thread's immediately preceding
   *     event of the whole trace, i.e. the thread waited inside {@code lock()} while others acted
   * @param refused earlier seeds whose run could not be explained honestly (or did not contend), and why
   */
  public record TraceEntry(String file, long seed, int threads, int events, Map<String, Long> actions, int spunWaits,
      List<String> refused) {
    public TraceEntry {
      actions = new TreeMap<>(actions);
      refused = List.copyOf(refused);
    }
  }

  public RecordingManifest {
    actions = List.copyOf(actions);
    traces = List.copyOf(traces);
  }

  /** Events per action over all traces, every contract action included. */
  public Map<String, Long> coverage() {
    Map<String, Long> c = new LinkedHashMap<>();
    actions.forEach(a -> c.put(a, 0L));
    traces.forEach(t -> t.actions().forEach((a, n) -> c.merge(a, n, Long::sum)));
    return c;
  }

  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", "sysmobench-recording");
    m.put("version", 1);
    m.put("task", task);
    m.put("seed", seed);
    m.put("spin", spin);
    m.put("coverage", coverage());
    m.put("traces", traces.stream().map(t -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("file", t.file());
      e.put("seed", t.seed());
      e.put("threads", t.threads());
      e.put("events", t.events());
      e.put("actions", t.actions());
      e.put("spunWaits", t.spunWaits());
      e.put("refused", t.refused());
      return e;
    }).toList());
    return Json.write(m) + "\n";
  }

  public void write(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, toJson());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
