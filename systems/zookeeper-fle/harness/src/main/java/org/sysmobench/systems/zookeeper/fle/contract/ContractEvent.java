package org.sysmobench.systems.zookeeper.fle.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a contract trace.
 *
 * @param node the peer (its sid) the action belongs to
 * @param action the contract action's name
 * @param args the action's parameters by contract name, in the contract's order
 * @param state observed variables of {@code node} after the event (absent ones are not constrained)
 * @param rawSeq the {@code seq} of the raw event that completed this one, for diagnosis
 */
public record ContractEvent(int node, String action, Map<String, Object> args, Map<String, Object> state, long rawSeq) {
  public ContractEvent {
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    state = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(state));
  }

  /** The fields of the NDJSON line after {@code seq}/{@code node}/{@code event}. */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("args", args);
    m.put("state", state);
    m.put("rawSeq", rawSeq);
    return m;
  }
}
