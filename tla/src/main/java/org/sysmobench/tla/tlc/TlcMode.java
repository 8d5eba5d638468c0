package org.sysmobench.tla.tlc;

/** How TLC explores the spec. */
public sealed interface TlcMode {

  /** Exhaustive breadth-first model checking. */
  record ModelCheck() implements TlcMode {}

  /**
   * Random simulation: {@code behaviours} random behaviours of at most {@code depth} states each,
   * driven by the job's recorded seed.
   */
  record Simulate(long behaviours, int depth) implements TlcMode {
    public Simulate {
      if (behaviours < 1 || depth < 1) {
        throw new IllegalArgumentException("simulation needs behaviours >= 1 and depth >= 1");
      }
    }
  }
}
