package org.sysmobench.systems.kit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event in a task's contract vocabulary: the action it maps to, the node (thread) that performed
 * it, the action's arguments, and the observed variables' values for that node after the event.
 */
public record ContractEvent(String node, String action, Map<String, Object> args, Map<String, Object> state) {
  public ContractEvent {
    // Insertion order kept, so that the same events always write the same bytes.
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
  }
}
