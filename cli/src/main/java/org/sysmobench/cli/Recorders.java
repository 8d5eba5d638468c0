package org.sysmobench.cli;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.sysmobench.model.TaskId;
import org.sysmobench.trace.TraceRecorder;

/** Finds task harnesses on the class path ({@link ServiceLoader}); adding a system adds a provider, not a case. */
final class Recorders {
  private Recorders() {}

  static Optional<TraceRecorder> forTask(TaskId id) {
    return all().stream().filter(r -> r.taskId().equals(id.value())).findFirst();
  }

  static List<TraceRecorder> all() {
    return ServiceLoader.load(TraceRecorder.class).stream().map(ServiceLoader.Provider::get).toList();
  }
}
