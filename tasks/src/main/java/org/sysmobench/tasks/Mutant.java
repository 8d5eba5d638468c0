package org.sysmobench.tasks;

import java.nio.file.Path;
import java.util.List;

/**
 * A deliberately wrong variant of the reference spec, proving the scorer can tell. {@code losesIn}
 * names where it must lose points: a phase ({@code syntax}, {@code runtime}, {@code conformance},
 * {@code invariants}) or a specific invariant ({@code invariants:Name}).
 */
public record Mutant(String name, Path spec, String description, List<String> losesIn) {
  public Mutant {
    losesIn = List.copyOf(losesIn);
  }
}
