package org.sysmobench.tla.bridge.hooks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the current TLC job reports through its hooks, and what the hooks need to know about the job.
 *
 * <p>Why static: TLC calls operator overrides as static methods, so their state can only be static.
 * That is safe here because the host loads the bridge in a fresh class loader for every job: each job
 * has its own copy of this class. The driver opens the channel before TLC starts and reads it after
 * TLC returns; TLC's single worker thread and the driver's thread meet only through synchronized
 * methods.
 */
public final class JobChannel {
  private static String key = "";
  private static long maxDistinct;
  private static int maxDepth;
  private static long maxGenerated;
  private static long generated;
  private static Set<Path> readable;
  private static final Map<Integer, Integer> REACHED = new TreeMap<>();
  private static final Set<Integer> FIRED = new TreeSet<>();
  private static String budgetHit = "";

  private JobChannel() {}

  /**
   * Opens the channel for a job.
   *
   * @param secret the key generated modules of this job pass to the hooks; empty: hooks record nothing
   * @param states stop the search after this many distinct states (0 = no limit)
   * @param depth do not explore states deeper than this (0 = no limit)
   * @param generatedStates stop after this many generated states (0 = no limit)
   * @param readableFiles the only files {@code TraceReader!NdJsonLines} may read (real paths); null:
   *     no restriction (a user's own spec checked with {@code sysmobench check})
   */
  public static synchronized void open(String secret, long states, int depth, long generatedStates,
      List<String> readableFiles) {
    key = secret == null ? "" : secret;
    maxDistinct = states;
    maxDepth = depth;
    maxGenerated = generatedStates;
    generated = 0;
    readable = null;
    if (readableFiles != null) {
      readable = new java.util.HashSet<>();
      for (String f : readableFiles) {
        readable.add(Path.of(f));
      }
    }
    REACHED.clear();
    FIRED.clear();
    budgetHit = "";
  }

  /** Whether a hook call carries this job's key. */
  static synchronized boolean accepts(String candidate) {
    return !key.isEmpty() && key.equals(candidate);
  }

  static synchronized void reached(int trace, int cursor) {
    REACHED.merge(trace, cursor, Math::max);
  }

  static synchronized void fired(int action) {
    FIRED.add(action);
  }

  static synchronized boolean hasFired(int action) {
    return FIRED.contains(action);
  }

  static synchronized int firedCount() {
    return FIRED.size();
  }

  static synchronized long maxDistinct() {
    return maxDistinct;
  }

  static synchronized int maxDepth() {
    return maxDepth;
  }

  /** Counts one more generated state; whether that is beyond the generated-states budget. */
  static synchronized boolean generateOneMore() {
    generated++;
    return maxGenerated > 0 && generated > maxGenerated;
  }

  static synchronized void budgetHit(String which) {
    if (budgetHit.isEmpty()) {
      budgetHit = which;
    }
  }

  /** Whether {@code file} (a real path, symlinks resolved) may be read by the spec's operators. */
  public static synchronized boolean mayRead(Path file) {
    return readable == null || readable.contains(file);
  }

  /**
   * What the hooks recorded, as JDK types: {@code reached} (Map of trace number to furthest cursor,
   * keys as strings), {@code fired} (List of Integer), {@code budgetHit} (STATES, DEPTH or empty).
   */
  public static synchronized Map<String, Object> report() {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> reached = new LinkedHashMap<>();
    REACHED.forEach((t, c) -> reached.put(Integer.toString(t), c));
    out.put("reached", reached);
    out.put("fired", List.copyOf(FIRED));
    out.put("budgetHit", budgetHit);
    return out;
  }
}
