package org.sysmobench.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;

/**
 * The embedded default benchmark, which needs no API key: every task of the default set that has
 * recorded traces, with the task's reference spec and each of its mutants as the "models" (pseudo-models:
 * no agent writes them, no LLM is called; the run names them per task). It shows the whole pipeline on
 * real systems (every phase, real traces) and that the scorer tells a correct spec from subtly wrong ones.
 */
record DefaultPlan(List<String> tasks, List<String> models) {

  static DefaultPlan of(TaskCatalog catalog) {
    return of(catalog, Set.of());
  }

  /** The default benchmark without the tasks in {@code skipped} (and the mutants only they have). */
  static DefaultPlan of(TaskCatalog catalog, Set<TaskId> skipped) {
    List<String> tasks = new ArrayList<>();
    Set<String> models = new LinkedHashSet<>(List.of("reference"));
    for (TaskId id : catalog.ids()) {
      Task t;
      try {
        t = catalog.load(id);
      } catch (TaskPackageException e) {
        continue; // `sysmobench tasks` reports broken packages; the default run uses the sound ones
      }
      if (t.defaultSet() && t.traces().files().size() > 0 && !skipped.contains(id)) {
        tasks.add(id.value());
        t.reference().mutants().stream().map(Mutant::name).forEach(m -> models.add("mutant:" + m));
      }
    }
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException(skipped.isEmpty()
          ? "no task of the default set has recorded traces under " + catalog.root()
          : "no task of the default set can run here (skipped: " + skipped + ")");
    }
    return new DefaultPlan(tasks, List.copyOf(models));
  }
}
