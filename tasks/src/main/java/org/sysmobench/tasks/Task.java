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

  /** The same task reading its traces from another folder (e.g. freshly recorded ones), all of them scoring traces. */
  public Task withTraceFolder(Path folder) {
    return new Task(id, title, kind, language, this.folder, spec, budgets, sources, brief, contract, invariants,
        reference, traces.fresh(folder), defaultSet);
  }
}
