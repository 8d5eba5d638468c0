package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sysmobench.tasks.InvariantKind;

/** Taking a sheet apart: properties, helpers, what is ignored. No tools involved. */
class PropertySheetTest {
  @Test
  void propertiesAreTheDefinitionsAfterAMarkerAndHelpersTheOthers() {
    PropertySheet s = PropertySheet.read("""
        ---- MODULE Anything ----
        EXTENDS FiniteSets, Integers

        Holder(t) == holds[t]
        \\* property safety: at most one holder
        One == Cardinality({t \\in Threads : Holder(t)}) <= 1
        \\* property (liveness): waiters get the lock
        Live == \\A t \\in Threads : (t \\in waiting) ~> Holder(t)

        \\* property step: release leaves the wait set alone
        Step ==
          [][UNCHANGED waiting]_waiting
        ====
        """);
    assertThat(s.modules()).containsExactly("FiniteSets", "Integers");
    assertThat(s.blocks()).extracting(PropertySheet.Block::name).containsExactly("Holder", "One", "Live", "Step");
    assertThat(s.blocks().get(0).isProperty()).isFalse();
    assertThat(s.blocks().get(0).arity()).isEqualTo(1);
    assertThat(s.blocks().get(1).marker().map(PropertySheet.Marker::kind)).contains(InvariantKind.SAFETY);
    assertThat(s.blocks().get(1).marker().map(PropertySheet.Marker::meaning)).contains("at most one holder");
    assertThat(s.blocks().get(2).marker().map(PropertySheet.Marker::kind)).contains(InvariantKind.LIVENESS);
    assertThat(s.blocks().get(3).marker().map(PropertySheet.Marker::kind)).contains(InvariantKind.ACTION);
    assertThat(s.definition(s.blocks().get(3))).isEqualTo("Step ==\n  [][UNCHANGED waiting]_waiting");
    assertThat(s.problems()).isEmpty();
    // the header, the EXTENDS line and the footer are blanked, so SANY sees definitions only
    assertThat(s.lines().get(0)).isEmpty();
    assertThat(s.lines().get(1)).isEmpty();
  }

  @Test
  void declarationsAndProseAtColumnOneAreBlankedAndReported() {
    PropertySheet s = PropertySheet.read("""
        Here are my properties:
        VARIABLE ghost
        ASSUME FALSE
        \\* property safety: nothing
        P == TRUE
        \\* property safety: a marker with nothing after it
        """);
    assertThat(s.blocks()).extracting(PropertySheet.Block::name).containsExactly("P");
    assertThat(s.problems()).hasSize(4);
    assertThat(s.problems().get(0)).contains("line 1").contains("Here are my properties");
    assertThat(s.problems().get(3)).contains("line 6: a property marker with no definition after it");
    assertThat(String.join("\n", s.lines())).doesNotContain("VARIABLE").doesNotContain("ASSUME");
  }

  @Test
  void aMarkerWithAnUnknownKindStillMarksAProperty() {
    PropertySheet s = PropertySheet.read("\\* property invariantish: x\nP == TRUE\n");
    assertThat(s.blocks()).singleElement().satisfies(b -> {
      assertThat(b.isProperty()).isTrue();
      assertThat(b.marker().map(PropertySheet.Marker::kind)).isEqualTo(Optional.empty());
    });
  }

  @Test
  void linesInsideBlockCommentsAreNotDefinitions() {
    PropertySheet s = PropertySheet.read("(* a comment\nFake == 1\n*)\n\\* property safety: real\nReal == TRUE\n");
    assertThat(s.blocks()).extracting(PropertySheet.Block::name).containsExactly("Real");
    assertThat(s.problems()).isEmpty();
  }
}
