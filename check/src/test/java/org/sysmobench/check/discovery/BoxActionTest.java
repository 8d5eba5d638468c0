package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoxActionTest {
  @Test
  void takesApartBoxActionWithItsColumn() {
    BoxAction b = BoxAction.of("P == [][\\A t \\in T : x'[t] >= x[t]]_<<x, y>>").orElseThrow();
    assertThat(b.action()).isEqualTo("\\A t \\in T : x'[t] >= x[t]");
    assertThat(b.column()).isEqualTo(8);
    assertThat(b.subscript()).isEqualTo("<<x, y>>");
  }

  @Test
  void keepsTheColumnsOfAnActionOnLaterLines() {
    BoxAction b = BoxAction.of("P ==\n  [][ /\\ a\n      /\\ b ]_vars").orElseThrow();
    assertThat(b.column()).isEqualTo(5);
    assertThat(b.action()).isEqualTo(" /\\ a\n      /\\ b ");
    assertThat(b.subscript()).isEqualTo("vars");
  }

  @Test
  void refusesAnythingElse() {
    assertThat(BoxAction.of("P == [](x > 0)")).isEmpty();
    assertThat(BoxAction.of("P == [][x' > x]_x /\\ <>(x = 3)")).isEmpty();
    assertThat(BoxAction.of("P == <>[][x' > x]_x")).isEmpty();
    assertThat(BoxAction.of("P == [][x' = \"]\"]_x")).hasValueSatisfying(b -> assertThat(b.action()).isEqualTo("x' = \"]\""));
  }

  @Test
  void readsATemplateBodyAsTheTaskWritesIt() {
    BoxAction b = BoxAction.ofBody("[][\\A t \\in Threads : TryLock(t) => t \\notin blocked']_<<holds, blocked>>\n")
        .orElseThrow();
    assertThat(b.column()).isEqualTo(3);
    assertThat(b.subscript()).isEqualTo("<<holds, blocked>>");
  }
}
