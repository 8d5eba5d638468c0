package org.sysmobench.systems.rust.spin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a contract trace: the contract action performed by {@code node}, its arguments, and the
 * per-node state observed for that node after it.
 */
public record ContractEvent(String node, String action, Map<String, Object> args, Map<String, Object> state) {
  public ContractEvent {
    // Insertion order kept, so that the same events always write the same bytes.
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
  }
}
