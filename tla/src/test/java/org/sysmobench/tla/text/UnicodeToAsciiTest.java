package org.sysmobench.tla.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeToAsciiTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '@', quoteCharacter = '\'', value = {
    "Init ≜ x = 0               @ Init == x = 0",
    "a ∧ b ∨ ¬c                 @ a /\\ b \\/ ~c",
    "x ∈ S ∧ y ∉ T              @ x \\in S /\\ y \\notin T",
    "x∈S                        @ x\\in S",
    "∀x ∈ S : ∃y ∈ T : x ≠ y    @ \\A x \\in S : \\E y \\in T : x /= y",
    "∀∀ x : ∃∃ y : TRUE         @ \\AA x : \\EE y : TRUE",
    "a ≤ b ∧ c ≥ d ⇒ e ⇔ f ≡ g  @ a <= b /\\ c >= d => e <=> f \\equiv g",
    "□[Next]_⟨x, y⟩ ∧ ◇P        @ [][Next]_<<x, y>> /\\ <>P",
    "[i ∈ 1‥3 ↦ i] ∈ [S → T]    @ [i \\in 1..3 |-> i] \\in [S -> T]",
    "A ∪ B ∩ C ⊆ D ⊂ E ⊇ F      @ A \\cup B \\cap C \\subseteq D \\subset E \\supseteq F",
    "A × B ∖ C                  @ A \\X B \\ C",
    "x ∈ ℕ ∧ y ∈ ℤ              @ x \\in Nat /\\ y \\in Int",
    "P ↝ Q                      @ P ~> Q",
    "x′ = x + 1                 @ x' = x + 1",
    "a ⊕ b ⊗ c ⊑ d ≺ e ≼ f      @ a \\oplus b \\otimes c \\sqsubseteq d \\prec e \\preceq f",
    "f ∘ g ⋅ h ‖ i ∥ j          @ f \\o g \\cdot h || i || j",
    "──── MODULE M ────         @ ---- MODULE M ----",
    "════                       @ ====",
  })
  void rewritesSymbols(String unicode, String ascii) {
    assertThat(UnicodeToAscii.translate(unicode).text()).isEqualTo(ascii);
  }

  @Test
  void leavesStringsAndCommentsAlone() {
    String text = "x ≜ \"a ∧ b \\\" ∧\" ∧ y \\* ∧ to end\n(* ∧ (* nested ∧ *) ∧ *) z ≜ 1\n";

    AsciiText a = UnicodeToAscii.translate(text);

    assertThat(a.text()).isEqualTo("x == \"a ∧ b \\\" ∧\" /\\ y \\* ∧ to end\n(* ∧ (* nested ∧ *) ∧ *) z == 1\n");
    assertThat(a.replacements()).isEqualTo(3);
    assertThat(a.replaced()).containsExactly("≜", "∧");
  }

  @Test
  void asciiTextIsReturnedUnchanged() {
    AsciiText a = UnicodeToAscii.translate("---- MODULE M ----\nx == 1\n====\n");

    assertThat(a.changed()).isFalse();
    assertThat(a.text()).isEqualTo("---- MODULE M ----\nx == 1\n====\n");
    assertThat(a.positions().original(2, 3)).isEqualTo(new TextPosition(2, 3));
  }

  @Test
  void positionsMapBackToTheOriginalColumns() {
    // Original: "A ≜ x ∈ S ∧ y"   ASCII: "A == x \in S /\ y"
    AsciiText a = UnicodeToAscii.translate("first line ∧\nA ≜ x ∈ S ∧ y\n");
    PositionMap map = a.positions();

    assertThat(a.text()).isEqualTo("first line /\\\nA == x \\in S /\\ y\n");
    assertThat(map.original(2, 1)).isEqualTo(new TextPosition(2, 1)); // A
    assertThat(map.original(2, 3)).isEqualTo(new TextPosition(2, 3)); // "==" starts at ≜
    assertThat(map.original(2, 4)).isEqualTo(new TextPosition(2, 3)); // second '=' is still ≜
    assertThat(map.original(2, 6)).isEqualTo(new TextPosition(2, 5)); // x
    assertThat(map.original(2, 8)).isEqualTo(new TextPosition(2, 7)); // \in is ∈
    assertThat(map.original(2, 12)).isEqualTo(new TextPosition(2, 9)); // S
    assertThat(map.original(2, 17)).isEqualTo(new TextPosition(2, 13)); // y
    assertThat(map.original(2, 18)).isEqualTo(new TextPosition(2, 14)); // end of line
    assertThat(map.original(1, 12)).isEqualTo(new TextPosition(1, 12)); // /\ on line 1 is ∧
  }

  @Test
  void linesAreNeverAddedOrRemoved() {
    String text = "a ∧\r\nb ∨ c\n\n⟨1⟩\n";

    assertThat(UnicodeToAscii.translate(text).text().split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
  }
}
