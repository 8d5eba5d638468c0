package org.sysmobench.systems.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedsTest {
  @Test
  void isDeterministicAndSeparatesIndicesAndSeeds() {
    assertThat(Seeds.mix(42, 0)).isEqualTo(Seeds.mix(42, 0));
    assertThat(Seeds.mix(42, 0)).isNotEqualTo(Seeds.mix(42, 1)).isNotEqualTo(Seeds.mix(43, 0));
  }
}
