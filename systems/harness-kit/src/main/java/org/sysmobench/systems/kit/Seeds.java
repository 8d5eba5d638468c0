package org.sysmobench.systems.kit;

/** Per-trace seeds derived from a recording's seed. */
public final class Seeds {
  private Seeds() {}

  /**
   * A well-mixed seed for the {@code index}-th trace or attempt (SplitMix64's finalizer), so that
   * neighbouring traces do not share their choices.
   */
  public static long mix(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
