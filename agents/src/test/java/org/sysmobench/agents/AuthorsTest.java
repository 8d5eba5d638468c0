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
  void knowsWhichAuthorsNeedSourcesOrTraces() {
    assertThat(Authors.needsSources("repair(basic)")).isTrue();
    assertThat(Authors.needsSources("trace-learning")).isFalse();
    assertThat(Authors.needsTraces("repair(trace-learning)")).isTrue();
    assertThat(Authors.needsTraces("code-translation")).isFalse();
    assertThat(authors.all()).extracting(SpecAuthor::id).isEqualTo(authors.ids());
  }
}
