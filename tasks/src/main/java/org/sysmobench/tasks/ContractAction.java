package org.sysmobench.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action every spec of the task must define as an operator with exactly these parameters.
 *
 * @param domains for each parameter, the TLA+ set its arguments range over when the harness asks
 *     whether the action fires in a spec's state space (an expression over the task's constants); every
 *     parameter has one (the loader fills in the contract's node set where the contract gives none)
 * @param noop whether the action changes nothing by design (e.g. a failed tryLock): a step that changes
 *     no variable then counts as the action firing; any other action fires only in a step that changes
 *     some variable
 */
public record ContractAction(String name, List<String> params, String meaning, Map<String, String> domains,
    boolean noop) {
  public ContractAction {
    params = List.copyOf(params);
    domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
  }

  public ContractAction(String name, List<String> params, String meaning) {
    this(name, params, meaning, Map.of(), false);
  }

  public int arity() {
    return params.size();
  }

  /** The domain of parameter {@code param}. */
  public String domain(String param) {
    String d = domains.get(param);
    if (d == null) {
      throw new IllegalArgumentException("action " + name + " has no domain for parameter " + param);
    }
    return d;
  }
}
