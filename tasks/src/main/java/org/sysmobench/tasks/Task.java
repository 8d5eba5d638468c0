package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;
import org.sysmobench.model.TaskId;

/** A loaded, validated task package. Paths are absolute, inside the task folder. */
public record Task(
    TaskId id,
    String title,
    SystemKind kind,
    String language,
    Path folder,
    SpecSettings spec,
    Budgets budgets,
    List<SourceOrigin> sources,
    String brief,
    Contract contract,
    List<InvariantTemplate> invariants,
    ReferenceSet reference,
    TraceSettings traces,
    boolean defaultSet) {
  public Task {
    sources = List.copyOf(sources);
    invariants = List.copyOf(invariants);
  }
}
