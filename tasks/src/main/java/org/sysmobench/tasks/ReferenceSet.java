package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/**
 * The task's hand-written reference spec (must score 100%) with its cfg, and its mutants.
 *
 * @param mutants the task's declared mutants: each proves one rule of the scorer can tell, and the default
 *     benchmark scores them as pseudo-models
 * @param discrimination a second set of mutants, each a bug in a decisive branch of the modelled code,
 *     written after reading the recordings' coverage report and not tuned to the traces: how many of them
 *     lose points, and in which phase, measures what the task's traces and templates can see
 */
public record ReferenceSet(Path spec, Path cfg, List<Mutant> mutants, List<Mutant> discrimination) {
  public ReferenceSet {
    mutants = List.copyOf(mutants);
    discrimination = List.copyOf(discrimination);
  }

  public ReferenceSet(Path spec, Path cfg, List<Mutant> mutants) {
    this(spec, cfg, mutants, List.of());
  }
}
