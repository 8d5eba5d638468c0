package org.sysmobench.model;

import java.util.regex.Pattern;

/** A task's id, which is also its folder name under {@code systems/}: lowercase words joined by dashes. */
public record TaskId(String value) implements Comparable<TaskId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public TaskId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("task id must be lowercase words joined by dashes, got: " + value);
    }
  }

  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public int compareTo(TaskId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
