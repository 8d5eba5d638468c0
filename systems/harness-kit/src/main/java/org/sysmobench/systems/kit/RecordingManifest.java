package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.trace.CodeCoverage;
import org.sysmobench.trace.Json;

/**
 * The {@code manifest.json} of a recording folder.
 *
 * <p>Design note. What: what ran (provenance), which traces, from which seeds and set-ups, how many
 * events of each action, and the coverage of every action over the whole set (an action with zero
 * events is listed with 0, so a gap is visible), so that a reader can select traces without opening
 * them. Why JSON next to the traces: a folder of traces plus one manifest can be copied, committed as a
 * fixture or re-scored alone. Written last, atomically, so a folder with a manifest is complete.
 * Versioning: schema {@value #SCHEMA}, version {@value #VERSION}; new fields may be added within a
 * version, a field that changes meaning bumps it. Version 1 had a system-specific top-level field
 * ({@code jdk}, {@code spin}) and flat per-trace figures; version 2 moves them into {@code provenance}
 * and {@code setup}. Within version 2: {@code codeCoverage} (branch coverage of the modelled code by all the
 * traces, {@link CodeCoverage}) and, per trace, {@code branches} (the modelled branches that trace alone
 * covered), present when the harness measured them.
 *
 * <pre>
 * {"schema":"sysmobench-recording","version":2,"task":"jdk-rwlock","seed":42,
 *  "provenance":{"jdk":"17.0.12"},"coverage":{"ReadLock":12,...,"Unpark":0},
 *  "traces":[{"file":"00-2t-fair.ndjson","seed":-51...,"setup":{"threads":2,"fair":true},"events":40,
 *             "actions":{"ReadLock":3,...},"refused":["123: why"]}]}
 * </pre>
 *
 * @param task the task id
 * @param seed the recording's seed
 * @param provenance what ran, in order (for example {@code zookeeper -> 3.9.5}, {@code jdk -> 17.0.12})
 * @param actions every action the traces are counted in (the task's contract actions, or the raw event
 *     names of a raw recording), in the order of the coverage table
 * @param traces one entry per trace, in recording order
 * @param codeCoverage the branch coverage of the modelled code by all traces together; {@link #NOT_MEASURED}
 *     when the harness did not measure it
 */
public record RecordingManifest(String task, long seed, Map<String, String> provenance, List<String> actions,
    List<TraceEntry> traces, CodeCoverage codeCoverage) {
  /** What a manifest holds when the harness measured no code coverage (it writes no such section). */
  public static final CodeCoverage NOT_MEASURED = new CodeCoverage("none", List.of());

  public static final String SCHEMA = "sysmobench-recording";
  public static final int VERSION = 2;
  /** The manifest's file name inside a recording folder. */
  public static final String FILE = "manifest.json";

  /**
   * @param file the trace's file name inside the folder
   * @param seed the seed this trace ran with
   * @param setup what the seed chose and what the run showed (threads, fair, scenario, nodes, spunWaits, ...),
   *     in order
   * @param events number of events
   * @param actions events per action, sorted by name
   * @param refused earlier seeds whose recording could not be used, each with the reason
   * @param branches the modelled branches this trace's run covered, of all modelled branches ({@code 0/0} when
   *     not measured)
   */
  public record TraceEntry(String file, long seed, Map<String, Object> setup, int events, Map<String, Long> actions,
      List<String> refused, CodeCoverage.Count branches) {
    public TraceEntry {
      setup = Collections.unmodifiableMap(new LinkedHashMap<>(setup));
      actions = Collections.unmodifiableMap(new TreeMap<>(actions));
      refused = List.copyOf(refused);
    }

    /** An entry without code coverage. */
    public TraceEntry(String file, long seed, Map<String, Object> setup, int events, Map<String, Long> actions,
        List<String> refused) {
      this(file, seed, setup, events, actions, refused, new CodeCoverage.Count(0, 0));
    }

    /** This entry with the branches its run covered. */
    public TraceEntry withBranches(CodeCoverage.Count covered) {
      return new TraceEntry(file, seed, setup, events, actions, refused, covered);
    }

    /** An entry whose events are given by their action names, counted here. */
    public static TraceEntry counting(String file, long seed, Map<String, Object> setup, Collection<String> eventActions,
        List<String> refused) {
      Map<String, Long> counts = new TreeMap<>();
      eventActions.forEach(a -> counts.merge(a, 1L, Long::sum));
      return new TraceEntry(file, seed, setup, eventActions.size(), counts, refused);
    }
  }

  public RecordingManifest {
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    actions = List.copyOf(actions);
    traces = List.copyOf(traces);
  }

  /** A manifest without code coverage. */
  public RecordingManifest(String task, long seed, Map<String, String> provenance, List<String> actions,
      List<TraceEntry> traces) {
    this(task, seed, provenance, actions, traces, NOT_MEASURED);
  }

  /** This manifest with the code coverage of its traces. */
  public RecordingManifest withCodeCoverage(CodeCoverage coverage) {
    return new RecordingManifest(task, seed, provenance, actions, traces, coverage);
  }

  /** Whether the harness measured code coverage. */
  public boolean measuredCoverage() {
    return !codeCoverage.methods().isEmpty();
  }

  /** Events per action over all traces: every listed action (0 if never seen), then any unlisted one seen. */
  public Map<String, Long> coverage() {
    Map<String, Long> c = new LinkedHashMap<>();
    actions.forEach(a -> c.put(a, 0L));
    traces.forEach(t -> t.actions().forEach((a, n) -> c.merge(a, n, Long::sum)));
    return c;
  }

  /** The manifest as JSON text (one line, with a trailing newline). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("version", VERSION);
    m.put("task", task);
    m.put("seed", seed);
    m.put("provenance", provenance);
    m.put("coverage", coverage());
    if (measuredCoverage()) {
      m.put(CodeCoverage.FIELD, codeCoverage.toJson());
    }
    m.put("traces", traces.stream().map(t -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("file", t.file());
      e.put("seed", t.seed());
      e.put("setup", t.setup());
      e.put("events", t.events());
      e.put("actions", t.actions());
      e.put("refused", t.refused());
      if (t.branches().total() > 0) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("covered", t.branches().covered());
        b.put("total", t.branches().total());
        e.put("branches", b);
      }
      return e;
    }).toList());
    return Json.write(m) + "\n";
  }

  /** Writes {@link #FILE} into {@code folder} atomically (a temp file, then a rename) and returns its path. */
  public Path writeTo(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    Path tmp = folder.resolve(FILE + ".tmp");
    Files.writeString(tmp, toJson());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
