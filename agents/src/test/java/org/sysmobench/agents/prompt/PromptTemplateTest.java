package org.sysmobench.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {
  @Test
  void everyShippedTemplateHasAnIdAndVersionAndNoHeaderInItsBody() {
    for (PromptTemplate t : new Prompts().templates()) {
      assertThat(t.version()).isPositive();
      assertThat(t.id()).isNotBlank();
      assertThat(t.body()).doesNotContain("#!");
      assertThat(t.body().chars().allMatch(c -> c < 128)).as(t.id() + " is ASCII").isTrue();
    }
  }

  @Test
  void fillingChecksPlaceholdersBothWays() {
    PromptTemplate t = PromptTemplate.parse("#! prompt: t\n#! version: 2\nHello {{name}}, {{name}}.\n", "test");
    assertThat(t.versionId()).isEqualTo("t/2");
    assertThat(t.fill(Map.of("name", "a $1 \\ b"))).isEqualTo("Hello a $1 \\ b, a $1 \\ b.\n");
    assertThatThrownBy(() -> t.fill(Map.of())).hasMessageContaining("no value for {{name}}");
    assertThatThrownBy(() -> t.fill(Map.of("name", "x", "other", "y"))).hasMessageContaining("no placeholder {{other}}");
    assertThatThrownBy(() -> PromptTemplate.parse("Hello", "test")).hasMessageContaining("#! version");
  }
}
