package org.sysmobench.tasks;

import java.util.List;

/** An action every spec of the task must define as an operator with exactly these parameters. */
public record ContractAction(String name, List<String> params, String meaning) {
  public ContractAction {
    params = List.copyOf(params);
  }

  public int arity() {
    return params.size();
  }
}
