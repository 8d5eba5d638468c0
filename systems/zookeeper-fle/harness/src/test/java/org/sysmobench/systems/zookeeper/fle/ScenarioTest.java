package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioTest {
  @Test
  void scenariosAreNamedByTheirIds() {
    for (Scenario s : Scenario.values()) {
      assertThat(Scenario.fromId(s.id())).isEqualTo(s);
    }
    assertThatThrownBy(() -> Scenario.fromId("split-brain")).hasMessageContaining("known: initial-election, leader-crash, peer-restart, late-join");
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> RecordOptions.defaults().withNodes(6)).hasMessage("nodes must be 3 to 5, not 6");
  }
}
