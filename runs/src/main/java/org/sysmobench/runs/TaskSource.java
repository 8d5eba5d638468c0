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

  /**
   * The tasks as run {@code run} reads them: the catalog's packages with the traces the run recorded,
   * where it recorded any (see {@link #withRecordedTraces}).
   */
  static TaskSource forRun(TaskCatalog catalog, java.nio.file.Path runFolder) {
    return withRecordedTraces(of(catalog), recordedTraces(runFolder));
  }

  /** Where a run keeps the traces it recorded: {@code <run folder>/traces/<task-id>/}. */
  static java.nio.file.Path recordedTraces(java.nio.file.Path runFolder) {
    return runFolder.resolve("traces");
  }

  /**
   * The same tasks, reading their traces from {@code tracesRoot/<task-id>/} where a run recorded fresh
   * ones (the folder is in the run's own folder, so a resumed run replays the same traces).
   */
  static TaskSource withRecordedTraces(TaskSource base, java.nio.file.Path tracesRoot) {
    return id -> {
      Task t = base.load(id);
      java.nio.file.Path fresh = tracesRoot.resolve(id.value());
      return java.nio.file.Files.isDirectory(fresh) ? t.withTraceFolder(fresh) : t;
    };
  }
}
