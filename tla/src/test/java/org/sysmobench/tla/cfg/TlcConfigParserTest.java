package org.sysmobench.tla.cfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlcConfigParserTest {

  @Test
  void readsWhatAuthorsWrite() {
    var parsed = TlcConfigParser.parse("""
        \\* model for three nodes
        CONSTANTS
          Nodes = {1, 2,
                   3}
          Nil = Nil   (* a model value *)
          MaxEpoch = 2 Op <- OpImpl
        SPECIFICATION Spec
        INVARIANTS TypeOK Safety
        INVARIANT Agreement
        PROPERTY Liveness
        CHECK_DEADLOCK FALSE
        """);
    TlcConfig c = parsed.config();
    assertThat(parsed.problems()).isEmpty();
    assertThat(c.constants()).containsExactly(
        java.util.Map.entry("Nodes", "{1, 2, 3}"),
        java.util.Map.entry("Nil", "Nil"),
        java.util.Map.entry("MaxEpoch", "2"),
        java.util.Map.entry("Op", "<- OpImpl"));
    assertThat(c.specification()).isEqualTo("Spec");
    assertThat(c.invariants()).containsExactly("TypeOK", "Safety", "Agreement");
    assertThat(c.properties()).containsExactly("Liveness");
    assertThat(c.checkDeadlock()).isEqualTo(Optional.of(false));
  }

  @Test
  void renderedConfigReadsBackTheSame() {
    TlcConfig c = TlcConfig.empty().withSpecification("Spec").withConstants(java.util.Map.of("N", "3"))
        .withInvariants(List.of("Inv")).withCheckDeadlock(false);
    assertThat(TlcConfigParser.parse(c.render()).config()).isEqualTo(c);
  }

  @Test
  void reportsWhatItCannotUse() {
    var parsed = TlcConfigParser.parse("garbage here\nPOSTCONDITION Done\nCHECK_DEADLOCK maybe\nSPECIFICATION A B\n");
    assertThat(parsed.problems()).hasSize(4);
    assertThat(parsed.problems().get(0)).contains("garbage here");
    assertThat(parsed.problems()).anyMatch(p -> p.contains("POSTCONDITION"));
  }

  @Test
  void withoutChecksDropsTheAuthorsClaims() {
    TlcConfig c = TlcConfigParser.parse("SPECIFICATION Spec\nINVARIANT A\nPROPERTY B\n").config().withoutChecks();
    assertThat(c.invariants()).isEmpty();
    assertThat(c.properties()).isEmpty();
    assertThat(c.specification()).isEqualTo("Spec");
  }
}
