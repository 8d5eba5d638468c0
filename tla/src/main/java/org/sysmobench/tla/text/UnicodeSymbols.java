package org.sysmobench.tla.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our table of Unicode TLA+ symbols and their ASCII spelling.
 *
 * <p>Built from the symbol list of the TLA+ Unicode proposal (tlaplus/rfcs, unicode/tla-unicode.csv:
 * the first ASCII alternative is the canonical one), plus symbols LLMs commonly emit in its place
 * (◇ for ⋄, ≼ for ⪯, ∥ for ‖, the minus sign, ℕ/ℤ/ℝ, box-drawing module rules). Why: SANY 2.1 in
 * the tools jar has no Unicode support and stops with a lexical error at the first symbol.
 */
final class UnicodeSymbols {

  /** Unicode sequence (one or two chars) to ASCII. Two-char keys must win over their prefixes. */
  static final Map<String, String> TO_ASCII = build();

  private UnicodeSymbols() {}

  private static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    // Two-character sequences first (looked up before single characters).
    m.put("∀∀", "\\AA");
    m.put("∃∃", "\\EE");
    // Definitions, logic, quantifiers.
    m.put("≜", "==");
    m.put("≝", "==");
    m.put("∧", "/\\");
    m.put("∨", "\\/");
    m.put("¬", "~");
    m.put("⇒", "=>");
    m.put("⇔", "<=>");
    m.put("≡", "\\equiv");
    m.put("∀", "\\A");
    m.put("∃", "\\E");
    // Temporal.
    m.put("□", "[]");
    m.put("◻", "[]");
    m.put("⋄", "<>");
    m.put("◇", "<>");
    m.put("◊", "<>");
    m.put("↝", "~>");
    m.put("⇸", "-+->");
    m.put("▷", "-+->"); // typeset -+-> reads as a triangle arrow; LLMs emit the triangle alone
    m.put("′", "'");
    // Sets.
    m.put("∈", "\\in");
    m.put("∉", "\\notin");
    m.put("∪", "\\cup");
    m.put("∩", "\\cap");
    m.put("⊆", "\\subseteq");
    m.put("⊂", "\\subset");
    m.put("⊇", "\\supseteq");
    m.put("⊃", "\\supset");
    m.put("∖", "\\");
    m.put("×", "\\X");
    m.put("ℕ", "Nat");
    m.put("ℤ", "Int");
    m.put("ℝ", "Real");
    // Comparison.
    m.put("≠", "/=");
    m.put("≤", "<=");
    m.put("≥", ">=");
    m.put("≪", "\\ll");
    m.put("≫", "\\gg");
    m.put("≺", "\\prec");
    m.put("≻", "\\succ");
    m.put("⪯", "\\preceq");
    m.put("⪰", "\\succeq");
    m.put("≼", "\\preceq");
    m.put("≽", "\\succeq");
    m.put("⊏", "\\sqsubset");
    m.put("⊐", "\\sqsupset");
    m.put("⊑", "\\sqsubseteq");
    m.put("⊒", "\\sqsupseteq");
    m.put("≃", "\\simeq");
    m.put("≈", "\\approx");
    m.put("≅", "\\cong");
    m.put("≍", "\\asymp");
    m.put("≐", "\\doteq");
    m.put("∼", "\\sim");
    m.put("∝", "\\propto");
    // Functions, records, tuples, assignment.
    m.put("⟨", "<<");
    m.put("⟩", ">>");
    m.put("〈", "<<");
    m.put("〉", ">>");
    m.put("↦", "|->");
    m.put("→", "->");
    m.put("←", "<-");
    m.put("≔", ":=");
    m.put("⩴", "::=");
    m.put("∷", "::");
    m.put("‥", "..");
    m.put("…", "...");
    // Other infix operators.
    m.put("⊕", "\\oplus");
    m.put("⊖", "\\ominus");
    m.put("⊗", "\\otimes");
    m.put("⊙", "\\odot");
    m.put("⊘", "\\oslash");
    m.put("⊓", "\\sqcap");
    m.put("⊔", "\\sqcup");
    m.put("⊎", "\\uplus");
    m.put("≀", "\\wr");
    m.put("∘", "\\o");
    m.put("⋅", "\\cdot");
    m.put("⋆", "\\star");
    m.put("●", "\\bullet");
    m.put("◯", "\\bigcirc");
    m.put("÷", "\\div");
    m.put("−", "-");
    m.put("‖", "||");
    m.put("∥", "||");
    m.put("‼", "!!");
    m.put("⁇", "??");
    m.put("⁺", "^+");
    // Proof-language turnstiles.
    m.put("⊢", "|-");
    m.put("⊨", "|=");
    m.put("⊣", "-|");
    m.put("⫤", "=|");
    // Module rules drawn with box-drawing characters: one char each, so columns stay put.
    for (String dash : new String[] {"─", "━", "┄", "┅", "┈", "┉", "╌", "╍"}) {
      m.put(dash, "-");
    }
    for (String rule : new String[] {"═"}) {
      m.put(rule, "=");
    }
    // Non-breaking and typographic spaces that editors and chat UIs insert.
    for (String space : new String[] {"\u00A0", "\u2007", "\u202F", "\u2009", "\u200A"}) {
      m.put(space, " ");
    }
    return Map.copyOf(m);
  }
}
