package org.sysmobench.check.discovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sysmobench.tasks.Task;

/**
 * One scoring of a property sheet: the task, the validated sheet, the jobs' runner, and every predicate
 * the searches evaluate (the checkable safety and action properties, then the expert templates of the
 * same kinds), each with its fixed index in the observations.
 */
record Session(Task task, ValidatedSheet sheet, Jobs jobs, Set<String> contractNames, List<Predicate> states,
    List<Predicate> steps) {
  Session {
    contractNames = Set.copyOf(contractNames);
    states = List.copyOf(states);
    steps = List.copyOf(steps);
  }

  /** Predicate id to its index in {@code preds}. */
  static Map<String, Integer> indexes(List<Predicate> preds) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < preds.size(); i++) {
      m.put(preds.get(i).id(), i);
    }
    return m;
  }

  /** The templates module's name in every spec folder. */
  static final String TEMPLATES_MODULE = "SysMoBench_Templates";
}
