package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sysmobench.agents.AgentId;
import org.sysmobench.agents.AuthorNeed;
import org.sysmobench.model.Track;

class AuthorDirectoryTest {
  final AuthorDirectory directory = AuthorDirectory.standard();

  @Test
  void knowsTheAgentsAuthorsAndTheRunnersVerbatim() {
    assertThat(directory.ids()).containsExactly("basic", "code-translation", "trace-learning", "repair(basic)",
        "repair(code-translation)", "repair(trace-learning)", "verbatim", "invariants:basic",
        "invariants:repair(basic)");
    for (String id : directory.ids()) {
      directory.validate(id);
      if (Track.of(id) == Track.SPEC) {
        assertThat(directory.withoutCritic().author(directory.agent(id)).id()).isEqualTo(id);
      } else {
        assertThat(Track.INVARIANTS.cellAgent(directory.withoutCritic().propertyAuthor(id).id())).isEqualTo(id);
      }
    }
    assertThat(directory.agent(" repair(basic) ")).isEqualTo(new AgentId("basic", true));
  }

  @Test
  void saysWhatAnAgentNeedsBeforeAnythingIsPreparedForIt() {
    assertThat(directory.needs(AgentId.parse("verbatim"))).isEmpty();
    assertThat(directory.needs(AgentId.parse("code-translation"))).containsExactly(AuthorNeed.SOURCES);
    assertThat(directory.needs(AgentId.parse("repair(trace-learning)")))
        .containsExactlyInAnyOrder(AuthorNeed.LEARNING_TRACES, AuthorNeed.CRITIC);
  }

  @Test
  void unknownAndMalformedIdsAreOneLineForTheUser() {
    assertThatThrownBy(() -> directory.validate("repair(verbatim)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown author 'repair(verbatim)'; known: " + directory.ids());
    assertThatThrownBy(() -> directory.validate("specula")).hasMessageStartingWith("unknown author 'specula'; known:");
    assertThatThrownBy(() -> directory.validate("repair(")).hasMessageStartingWith("agent 'repair(': not an agent id");
    assertThatThrownBy(() -> directory.validate("invariants:code-translation"))
        .hasMessageStartingWith("unknown invariants-track author 'code-translation'; known: [basic, repair(basic)]");
    assertThatThrownBy(() -> directory.agent("invariants:basic")).isInstanceOf(IllegalArgumentException.class);
  }
}
