package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The score formula, and the claims its documentation makes. */
class DiscoveryScoreTest {
  @Test
  void isPrecisionTimesTheMeanOfDiscoveredAndRecall() {
    DiscoveryScore s = new DiscoveryScore(3, 1, 6, 2);
    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.discovered()).isEqualTo(0.5);
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.score()).isCloseTo(0.75 * (0.5 + 1.0 / 3) / 2, within(1e-12));
  }

  @Test
  void trivialPropertiesEarnNothingAndCostNothing() {
    // they are in neither count: a hundred of them score 0, and beside three real ones change nothing
    assertThat(new DiscoveryScore(0, 0, 6, 0).score()).isZero();
    assertThat(new DiscoveryScore(3, 0, 6, 3).score()).isGreaterThan(0.4);
  }

  @Test
  void unsoundPropertiesCostMultiplicatively() {
    double alone = new DiscoveryScore(3, 0, 6, 3).score();
    assertThat(new DiscoveryScore(3, 3, 6, 3).score()).isCloseTo(alone / 2, within(1e-12));
  }

  @Test
  void discoveredIsCappedAtTheExpertsCount() {
    assertThat(new DiscoveryScore(20, 0, 4, 4).score()).isEqualTo(1.0);
  }
}
