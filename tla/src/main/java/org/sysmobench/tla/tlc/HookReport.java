package org.sysmobench.tla.tlc;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a job's hooks recorded while TLC ran (see {@link JobHooks}): out of band, so nothing a spec
 * prints can fake it.
 *
 * @param reached per trace number (from 1), the furthest cursor a replay step reached
 * @param fired the numbers of the contract actions some step satisfied
 * @param budgetHit which count budget cut the search ({@code STATES}, {@code DEPTH}), empty when none
 */
public record HookReport(Map<Integer, Integer> reached, Set<Integer> fired, String budgetHit) {
  public static final HookReport EMPTY = new HookReport(Map.of(), Set.of(), "");

  public HookReport {
    reached = java.util.Collections.unmodifiableMap(new TreeMap<>(reached));
    fired = java.util.Collections.unmodifiableSet(new TreeSet<>(fired));
  }

  /** Reads the driver's {@code hooks} result map. */
  static HookReport fromMap(Object raw) {
    if (!(raw instanceof Map<?, ?> m)) {
      return EMPTY;
    }
    Map<Integer, Integer> reached = new TreeMap<>();
    if (m.get("reached") instanceof Map<?, ?> r) {
      r.forEach((k, v) -> reached.put(Integer.parseInt(String.valueOf(k)), ((Number) v).intValue()));
    }
    Set<Integer> fired = new TreeSet<>();
    if (m.get("fired") instanceof Iterable<?> f) {
      f.forEach(x -> fired.add(((Number) x).intValue()));
    }
    return new HookReport(reached, fired, String.valueOf(m.containsKey("budgetHit") ? m.get("budgetHit") : ""));
  }
}
