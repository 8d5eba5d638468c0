package org.sysmobench.tla.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecTextTest {

  @Test
  void bareModuleIsTakenAsIs() {
    String module = "---- MODULE M ----\nx == 1\n====\n";

    SpecText s = SpecText.extract(module).orElseThrow();

    assertThat(s.moduleName()).isEqualTo("M");
    assertThat(s.text()).isEqualTo(module);
    assertThat(s.firstLine()).isEqualTo(1);
    assertThat(s.stripped()).isFalse();
  }

  @Test
  void markdownFencesAndProseAreStrippedAndReported() {
    String answer = """
        Sure! Here is the spec.

        ```tla
        ------------------------------ MODULE Lock ------------------------------
        VARIABLE held
        Init == held = FALSE
        =============================================================================
        ```
        Let me know if you want changes.
        """;

    SpecText s = SpecText.extract(answer).orElseThrow();

    assertThat(s.moduleName()).isEqualTo("Lock");
    assertThat(s.firstLine()).isEqualTo(4);
    assertThat(s.text()).startsWith("------------------------------ MODULE Lock").endsWith("=====\n")
        .doesNotContain("```");
    assertThat(s.removed()).containsExactly(
        "removed 1 markdown fence and 1 line of other text before the module header (lines 1-3)",
        "removed 1 markdown fence and 1 line of other text after the module's closing ==== line (lines 8-9)");
  }

  @Test
  void innerModulesStayInside() {
    String text = "---- MODULE Outer ----\n---- MODULE Inner ----\ny == 2\n====\nx == 1\n====\ntrailing\n";

    SpecText s = SpecText.extract(text).orElseThrow();

    assertThat(s.text()).isEqualTo("---- MODULE Outer ----\n---- MODULE Inner ----\ny == 2\n====\nx == 1\n====\n");
    assertThat(s.removed()).containsExactly(
        "removed 1 line of other text after the module's closing ==== line (line 7)");
  }

  @Test
  void truncatedModuleRunsToTheEndWithANote() {
    String text = "```\n---- MODULE T ----\nx == 1\n```\n";

    SpecText s = SpecText.extract(text).orElseThrow();

    assertThat(s.text()).isEqualTo("---- MODULE T ----\nx == 1\n");
    assertThat(s.removed()).first().asString().startsWith("no closing ==== line after the module header on line 2");
  }

  @Test
  void unicodeRulesAreRecognised() {
    assertThat(SpecText.moduleName("──── MODULE U ────\n════\n")).contains("U");
  }

  @Test
  void textWithoutHeaderHasNoModule() {
    assertThat(SpecText.extract("I cannot help with that.")).isEqualTo(Optional.empty());
    assertThat(SpecText.extract("")).isEmpty();
    assertThat(SpecText.moduleName("MODULE M")).isEmpty();
  }
}
