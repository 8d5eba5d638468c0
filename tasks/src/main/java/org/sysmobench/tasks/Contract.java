package org.sysmobench.tasks;

import java.util.List;
import java.util.Optional;

/**
 * The observable vocabulary of a task: the constants, variables and actions every spec must declare
 * (with these names, so traces and invariant templates can refer to them), and how trace events map
 * to actions. {@code nodeSet} names the constant holding the system's nodes (or threads), which
 * per-node observations index; empty when the task has none. It is what makes conformance checking deterministic: no LLM glue inside the scorer.
 */
public record Contract(
    List<String> constants,
    String nodeSet,
    List<ContractVariable> variables,
    List<ContractAction> actions,
    List<EventMapping> events) {
  public Contract {
    constants = List.copyOf(constants);
    variables = List.copyOf(variables);
    actions = List.copyOf(actions);
    events = List.copyOf(events);
  }

  public Optional<ContractAction> action(String name) {
    return actions.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public Optional<ContractVariable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public Optional<EventMapping> mappingFor(String event) {
    return events.stream().filter(e -> e.event().equals(event)).findFirst();
  }
}
