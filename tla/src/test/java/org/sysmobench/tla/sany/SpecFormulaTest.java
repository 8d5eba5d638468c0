package org.sysmobench.tla.sany;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tla.TlaTools;

/** Taking apart specification formulas of many shapes, with the real SANY. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecFormulaTest {
  private Sany sany;
  @TempDir Path dir;

  @BeforeAll
  void open(@TempDir Path cache) {
    sany = Sany.open(TlaTools.resolve(Optional.empty(), cache));
  }

  @AfterAll
  void close() {
    sany.close();
  }

  private SpecFormula formula(String body) {
    String text = "---- MODULE M ----\nEXTENDS Naturals\nCONSTANT T\nVARIABLE x, y\nvars == <<x, y>>\n"
        + "Init == x = 0 /\\ y = 0\nA(t) == x' = x + 1 /\\ y' = t\nNext == \\E t \\in T : A(t)\n" + body + "\n====\n";
    ParseResult r = sany.parseAs(dir.resolve("M.tla"), text, "Spec");
    assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
    return r.specFormula();
  }

  @Test
  void theUsualShape() {
    SpecFormula f = formula("Spec == Init /\\ [][Next]_vars /\\ WF_vars(Next)");
    assertThat(f.ok()).as(f.problem()).isTrue();
    assertThat(f.init()).extracting(SpecFormula.Piece::text).containsExactly("Init");
    assertThat(f.next().text()).isEqualTo("Next");
    assertThat(f.fairness()).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("WF_vars(Next)");
      assertThat(p.holes()).extracting(SpecFormula.Hole::kind, SpecFormula.Hole::start, SpecFormula.Hole::end,
          SpecFormula.Hole::subscript, SpecFormula.Hole::action)
          .containsExactly(tuple(SpecFormula.HoleKind.WF, 0, 13, "vars", "Next"));
    });
  }

  @Test
  void bulletsUnfoldedDefinitionsQuantifiersAndOperatorsWithParameters() {
    SpecFormula f = formula("""
        Fair == \\A t \\in T : WF_vars(A(t))
        FairP(t) == SF_<<x>>(A(t))
        Safe == Init /\\ [][\\E t \\in T : A(t)]_<<x, y>>
        Spec == /\\ Safe
                /\\ x \\in Nat
                /\\ Fair
                /\\ \\A t \\in T : FairP(t)
                /\\ <>[](x = 1)""");
    assertThat(f.ok()).as(f.problem()).isTrue();
    assertThat(f.init()).extracting(SpecFormula.Piece::text).containsExactly("Init", "x \\in Nat");
    assertThat(f.next().text()).isEqualTo("\\E t \\in T : A(t)");
    assertThat(f.fairness()).extracting(SpecFormula.Piece::text)
        .containsExactly("\\A t \\in T : WF_vars(A(t))", "\\A t \\in T : FairP(t)");
    SpecFormula.Piece quantified = f.fairness().get(1);
    assertThat(quantified.column()).isEqualTo(12);
    assertThat(quantified.holes()).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(SpecFormula.HoleKind.CALL);
      assertThat(h.name()).isEqualTo("FairP");
      assertThat(quantified.text().substring(h.start(), h.end())).isEqualTo("FairP(t)");
    });
    assertThat(f.operators()).containsOnlyKeys("FairP");
    assertThat(f.operators().get("FairP").params()).containsExactly(new SpecFormula.Param("t", 0));
    assertThat(f.operators().get("FairP").body().holes()).extracting(SpecFormula.Hole::subscript,
        SpecFormula.Hole::action).containsExactly(tuple("<<x>>", "A(t)"));
    assertThat(f.ignored()).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("<>[](x = 1)");
      assertThat(p.why()).contains("not a fairness condition");
    });
  }

  @Test
  void whatCannotBeTakenApartIsAProblemWithAReason() {
    assertThat(formula("Spec == Init /\\ [][Next]_vars /\\ [][Next]_x").problem()).contains("two [][...]_v");
    assertThat(formula("Spec == Init").problem()).contains("no [][Next]_vars");
    assertThat(formula("Spec == LET N == Next IN Init /\\ [][N]_vars").problem()).contains("LET");
    assertThat(formula("Other == Init /\\ [][Next]_vars").problem()).contains("defines no Spec");
  }

  @Test
  void notAskedForIsNone() {
    ParseResult r = sany.parseAs(dir.resolve("N.tla"), "---- MODULE N ----\nVARIABLE x\nInit == x = 0\n====\n");
    assertThat(r.specFormula()).isEqualTo(SpecFormula.NONE);
    assertThat(r.modules()).containsExactly("N");
  }
}
