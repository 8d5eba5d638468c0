package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/**
 * A mutant of the reference spec that the invariants track keeps hidden: proposed properties must be
 * violated by at least one of them to count. Kept apart from the spec track's mutants ({@link Mutant}),
 * which agents may learn about from reports; these are never shown to any agent.
 *
 * @param breaks the expert templates it violates (documentation, and what the task's test checks)
 */
public record HiddenMutant(String name, Path spec, String description, List<String> breaks) {
  public HiddenMutant {
    breaks = List.copyOf(breaks);
  }
}
