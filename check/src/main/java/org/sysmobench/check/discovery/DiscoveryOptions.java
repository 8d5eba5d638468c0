package org.sysmobench.check.discovery;

import java.nio.file.Path;

/**
 * How to score a property sheet.
 *
 * @param seed TLC's seed for every job
 * @param workRoot where the scorer's work folders go (one per scoring, deleted after unless {@code keepWork})
 */
public record DiscoveryOptions(long seed, Path workRoot, boolean keepWork) {
  public static final long DEFAULT_SEED = 1;

  public static DiscoveryOptions in(Path workRoot) {
    return new DiscoveryOptions(DEFAULT_SEED, workRoot, false);
  }

  public DiscoveryOptions withSeed(long s) {
    return new DiscoveryOptions(s, workRoot, keepWork);
  }
}
