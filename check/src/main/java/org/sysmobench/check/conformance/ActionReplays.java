package org.sysmobench.check.conformance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sysmobench.model.result.PhaseDetails.ActionReplay;
import org.sysmobench.trace.TraceEvent;

/**
 * Per-action figures of one trace replay: how many of each action's windows lie in the explained
 * prefix, which of them changed no observed value, and whether the first unexplained event is one of
 * this action's. Computed from the trace and the explained prefix length alone.
 */
final class ActionReplays {
  private ActionReplays() {}

  static List<ActionReplay> of(List<TraceEvent> events, int explained, boolean failedAtNext, Set<String> perNode) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    // The last observed value of each (node, variable), to tell which windows changed nothing.
    Map<String, Object> last = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      TraceEvent e = events.get(i);
      int[] c = counts.computeIfAbsent(e.event(), k -> new int[4]);
      c[0]++;
      if (i < explained) {
        c[1]++;
      }
      if (unchanged(e, last, perNode)) {
        c[2]++;
      }
      if (failedAtNext && i == explained) {
        c[3] = 1;
      }
    }
    return counts.entrySet().stream()
        .map(x -> new ActionReplay(x.getKey(), x.getValue()[0], x.getValue()[1], x.getValue()[2], x.getValue()[3] == 1))
        .toList();
  }

  /** Whether every value the event observed equals the last one seen for its node (and remembers them). */
  private static boolean unchanged(TraceEvent e, Map<String, Object> last, Set<String> perNode) {
    if (!(e.field("state").orElse(Map.of()) instanceof Map<?, ?> state) || state.isEmpty()) {
      return false;
    }
    boolean same = true;
    for (Map.Entry<?, ?> v : state.entrySet()) {
      String key = perNode.contains(String.valueOf(v.getKey())) ? e.node() + "/" + v.getKey() : "/" + v.getKey();
      Object before = last.put(key, v.getValue());
      same &= Objects.equals(before, v.getValue());
    }
    return same;
  }
}
