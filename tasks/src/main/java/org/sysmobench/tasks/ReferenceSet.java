package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/** The task's hand-written reference spec (must score 100%) with its cfg, and its mutants. */
public record ReferenceSet(Path spec, Path cfg, List<Mutant> mutants) {
  public ReferenceSet {
    mutants = List.copyOf(mutants);
  }
}
