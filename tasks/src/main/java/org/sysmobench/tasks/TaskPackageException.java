package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/** A task package is invalid; carries every problem found, not just the first. */
public final class TaskPackageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public TaskPackageException(Path folder, List<String> problems) {
    super("invalid task package " + folder + ":\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
