package org.sysmobench.store;

import org.sysmobench.model.ModelId;
import org.sysmobench.model.TaskId;

/**
 * One cell of a run's matrix: task x model x agent x epoch. Its {@link #id()} ({@code task/model/agent/e0})
 * names it in the index and in exports.
 */
public record CellKey(TaskId task, ModelId model, String agent, int epoch) implements Comparable<CellKey> {
  public CellKey {
    if (agent == null || agent.isBlank() || agent.contains("/")) {
      throw new IllegalArgumentException("agent id must be non-blank without '/', got: " + agent);
    }
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
    }
  }

  public String id() {
    return task + "/" + model + "/" + agent + "/e" + epoch;
  }

  /** The group this cell is one epoch of (what reports aggregate over). */
  public String group() {
    return task + "/" + model + "/" + agent;
  }

  @Override
  public int compareTo(CellKey o) {
    return id().compareTo(o.id());
  }

  @Override
  public String toString() {
    return id();
  }
}
