package org.sysmobench.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorsTest {
  final Authors authors = Authors.standard(AuthorOptions.defaults());

  @Test
  void resolvesEveryListedId() {
    assertThat(authors.ids()).containsExactly("basic", "code-translation", "trace-learning", "repair(basic)",
        "repair(code-translation)", "repair(trace-learning)");
    for (String id : authors.ids()) {
      assertThat(authors.get(id).id()).isEqualTo(id);
    }
  }

  @Test
  void unknownAndNestedIdsAreRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> authors.get("specula")).hasMessageContaining("unknown author 'specula'")
        .hasMessageContaining("repair(basic)");
    assertThatThrownBy(() -> authors.get("repair(repair(basic))")).hasMessageContaining("repair loop inside");
  }

  @Test
  void repairWithoutCriticFailsClearly() {
    assertThatThrownBy(() -> AuthorOptions.defaults().critics().apply(AuthorRig.task()))
        .hasMessageContaining("no critic configured");
  }

  @Test
  void eachAuthorDeclaresWhatItNeeds() {
    assertThat(authors.get("basic").needs()).containsExactly(AuthorNeed.SOURCES);
    assertThat(authors.get("code-translation").needs()).containsExactly(AuthorNeed.SOURCES);
    // trace learning must never see code: it gets the learning traces only
    assertThat(authors.get("trace-learning").needs()).containsExactly(AuthorNeed.LEARNING_TRACES);
    assertThat(authors.get("repair(basic)").needs()).containsExactlyInAnyOrder(AuthorNeed.SOURCES, AuthorNeed.CRITIC);
    assertThat(authors.get(AgentId.parse("trace-learning").withRepair()).needs())
        .containsExactlyInAnyOrder(AuthorNeed.LEARNING_TRACES, AuthorNeed.CRITIC);
    assertThat(authors.all()).extracting(SpecAuthor::id).isEqualTo(authors.ids());
  }

  @Test
  void knowsOnlyItsOwnStrategies() {
    assertThat(authors.knows(AgentId.parse("repair(code-translation)"))).isTrue();
    assertThat(authors.knows(AgentId.parse("verbatim"))).isFalse();
    assertThatThrownBy(() -> authors.get("repair(specula)")).hasMessage("unknown author 'repair(specula)'; known: "
        + authors.ids());
  }
}
