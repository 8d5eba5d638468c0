package org.sysmobench.check.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleOutlineTest {
  static final String SPEC = """
      Text before the module is not part of it.
      ---- MODULE M ----
      EXTENDS Naturals, Sequences
      CONSTANTS N, F(_, _)
      VARIABLES x,
                y
      (* Fake == a commented-out definition *)
      vars == <<x, y>>
      LOCAL Helper(a) == a + 1
      RECURSIVE Sum(_)
      Sum(s) == IF s = <<>> THEN 0 ELSE Head(s) + Sum(Tail(s))
      f[i \\in 1..3] == i * 2
      Init ==
        /\\ x = 0
        /\\ y = 0
      \\* a comment between definitions
      Next == x' = Helper(x) /\\ y' = y
      ====
      After == 1
      """;

  @Test
  void findsDeclarationsAndTopLevelDefinitions() {
    ModuleOutline o = ModuleOutline.of(SPEC);
    assertThat(o.extendsModules()).containsExactly("Naturals", "Sequences");
    assertThat(o.constants()).containsExactly("N", "F");
    assertThat(o.variables()).containsExactly("x", "y");
    assertThat(o.recursive()).containsExactly("RECURSIVE Sum(_)");
    assertThat(o.units()).extracting(ModuleOutline.Unit::name)
        .containsExactly("vars", "Helper", "Sum", "f", "Init", "Next");
    assertThat(o.units().get(4).line()).isEqualTo(13);
    assertThat(o.units().get(4).text()).contains("/\\ y = 0").doesNotContain("Next");
  }

  @Test
  void usedArityCountsTopLevelCommas() {
    assertThat(StandaloneDefinition.usedArity("Send(m, <<a, b>>, {1, 2}) /\\ x", "Send")).isEqualTo(3);
    assertThat(StandaloneDefinition.usedArity("Foo /\\ Bar(x)", "Foo")).isZero();
    assertThat(StandaloneDefinition.usedArity("M!Foo(1) /\\ Foo(1, 2)", "Foo")).isEqualTo(2);
  }
}
