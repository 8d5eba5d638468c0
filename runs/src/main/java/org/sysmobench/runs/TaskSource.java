package org.sysmobench.runs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;

/** Loads tasks by id (each once per run: cells of the same task share the loaded package). */
@FunctionalInterface
public interface TaskSource {
  Task load(TaskId id);

  static TaskSource of(TaskCatalog catalog) {
    Map<TaskId, Task> loaded = new ConcurrentHashMap<>();
    return id -> loaded.computeIfAbsent(id, catalog::load);
  }
}
