package org.sysmobench.check;

import java.util.Locale;

/**
 * How phase figures become scores. Both profiles share the fixes to the original's flaws (a budget hit
 * is never a pass, trace glue is deterministic, untranslated invariants are not dropped from the
 * denominator); they differ only in the formulas.
 */
public enum ScoringProfile {
  /**
   * The paper's formulas: syntax = 0.5 x whole module + 0.5 x per-definition pass rate; runtime =
   * (actions covered minus actions erroring) / actions the spec defines; conformance = accepted-trace
   * rate; invariants = templates holding / templates.
   */
  PAPER,
  /**
   * Stricter: syntax = whole module only (a spec that does not parse is not a model); runtime counts
   * over the contract's actions, so extra trivial actions cannot dilute missing ones; conformance and
   * invariants as in PAPER.
   */
  STRICT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ScoringProfile fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  public double syntax(boolean wholeModule, long definitionsPassing, long definitions) {
    double whole = wholeModule ? 1 : 0;
    if (this == STRICT) {
      return whole;
    }
    double rate = definitions == 0 ? 0 : (double) definitionsPassing / definitions;
    return 0.5 * whole + 0.5 * rate;
  }
}
