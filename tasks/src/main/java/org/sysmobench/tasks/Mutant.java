package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/**
 * A deliberately wrong variant of the reference spec, proving the scorer can tell. {@code losesIn}
 * names where it must lose points: a phase ({@code syntax}, {@code runtime}, {@code conformance},
 * {@code invariants}) or a specific invariant ({@code invariants:Name}).
 *
 * @param equivalent for a discrimination mutant that cannot lose points under the task's observations,
 *     why (it is kept and counted, not dropped); empty otherwise, and then {@code losesIn} is not empty
 */
public record Mutant(String name, Path spec, String description, List<String> losesIn, String equivalent) {
  public Mutant {
    losesIn = List.copyOf(losesIn);
  }

  public Mutant(String name, Path spec, String description, List<String> losesIn) {
    this(name, spec, description, losesIn, "");
  }

  /** Whether the task explains why this mutant cannot lose points. */
  public boolean isEquivalent() {
    return !equivalent.isEmpty();
  }
}
