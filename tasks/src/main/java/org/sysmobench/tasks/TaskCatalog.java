package org.sysmobench.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sysmobench.model.TaskId;

/**
 * The task packages of a {@code systems/} folder: every sub-folder holding a {@code task.yaml}.
 * Adding a system is adding a folder; nothing here names a system.
 */
public final class TaskCatalog {
  /** System property and environment variable naming the project folder holding {@code systems/}. */
  public static final String HOME_PROPERTY = "sysmobench.home";
  public static final String HOME_ENV = "SYSMOBENCH_HOME";

  private final Path systemsRoot;

  public TaskCatalog(Path systemsRoot) {
    this.systemsRoot = systemsRoot.toAbsolutePath().normalize();
  }

  /**
   * The catalog of this installation: {@code $sysmobench.home/systems}, else the first {@code systems}
   * folder found walking up from the working directory.
   */
  public static TaskCatalog discover() {
    String home = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
    if (home != null && !home.isBlank()) {
      return new TaskCatalog(Path.of(home).resolve("systems"));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("systems"))) {
        return new TaskCatalog(p.resolve("systems"));
      }
    }
    throw new IllegalStateException("no systems/ folder found; set " + HOME_ENV + " to the sysmobench folder");
  }

  public Path root() {
    return systemsRoot;
  }

  /** Ids of every task folder, sorted. */
  public List<TaskId> ids() {
    if (!Files.isDirectory(systemsRoot)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(systemsRoot)) {
      List<TaskId> ids = new ArrayList<>();
      for (Path d : dirs.sorted().toList()) {
        if (Files.isRegularFile(d.resolve(TaskLoader.TASK_FILE))) {
          ids.add(TaskId.of(d.getFileName().toString()));
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + systemsRoot, e);
    }
  }

  /** Loads one task; an unknown id names the tasks that exist. */
  public Task load(TaskId id) {
    Path folder = systemsRoot.resolve(id.value());
    if (!Files.isRegularFile(folder.resolve(TaskLoader.TASK_FILE))) {
      throw new IllegalArgumentException("unknown task '" + id + "'; known tasks: " + ids());
    }
    return TaskLoader.load(folder);
  }
}
