package org.sysmobench.agents.answer;

import java.util.Map;
import org.sysmobench.tasks.Task;

/** The TLC config a task implies: its specification formula and its constants' values. */
public final class TaskConfig {
  private TaskConfig() {}

  /** {@code SPECIFICATION <spec>} and one {@code CONSTANT name = value} line per task constant. */
  public static String of(Task task) {
    StringBuilder s = new StringBuilder();
    s.append("SPECIFICATION ").append(task.spec().specification()).append('\n');
    Map<String, String> constants = task.spec().constants();
    if (!constants.isEmpty()) {
      s.append("CONSTANTS\n");
      constants.forEach((k, v) -> s.append("  ").append(k).append(" = ").append(v).append('\n'));
    }
    return s.toString();
  }
}
