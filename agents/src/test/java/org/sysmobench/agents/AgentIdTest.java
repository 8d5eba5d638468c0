package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgentIdTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "basic                  | basic            | false",
      "code-translation       | code-translation | false",
      "trace-learning         | trace-learning   | false",
      "verbatim               | verbatim         | false",
      "repair(basic)          | basic            | true",
      "repair(trace-learning) | trace-learning   | true",
      "'  repair( basic ) '   | basic            | true",
  })
  void parsesAStrategyAndWhetherItIsRepaired(String text, String strategy, boolean repair) {
    AgentId id = AgentId.parse(text);
    assertThat(id).isEqualTo(new AgentId(strategy, repair));
    assertThat(id.value()).isEqualTo(repair ? "repair(" + strategy + ")" : strategy);
    assertThat(AgentId.parse(id.value())).as("the written form parses back").isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Basic", "repair(", "repair()", "repair(basic", "basic)", "repair(basic)x",
      "ba sic", "repair(Basic)", "-basic", "repair(basic,code-translation)"})
  void aMalformedIdIsOnePlainLineNamingIt(String text) {
    assertThatThrownBy(() -> AgentId.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agent '" + text.strip() + "': not an agent id (a lower-case name such as basic, or repair(<name>))");
  }

  @Test
  void aRepairLoopInsideARepairLoopIsRefusedWithTheWayOut() {
    assertThatThrownBy(() -> AgentId.parse("repair(repair(basic))")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agent 'repair(repair(basic))': a repair loop inside a repair loop is not supported; raise the"
            + " number of repair rounds instead");
  }

  @Test
  void withRepairWrapsTheStrategy() {
    assertThat(AgentId.parse("code-translation").withRepair().value()).isEqualTo("repair(code-translation)");
    assertThat(AgentId.parse("repair(basic)").withRepair()).isEqualTo(AgentId.parse("repair(basic)"));
    assertThat(AgentId.parse("basic")).hasToString("basic");
  }
}
