package org.sysmobench.model.result;

import java.util.Locale;

/**
 * How phase figures become scores. Every evaluation is scored under both profiles (see {@link
 * Scores}); a profile chooses which one is the headline. Both share the fixes to the original's flaws
 * (a budget hit is never a pass, trace glue is deterministic, every phase checks the behaviours of the
 * spec's own specification formula, the task owns what is model checked); they differ in the formulas.
 */
public enum ScoringProfile {
  /**
   * The default, built so that a spec that models nothing scores at most 0.25 overall. Syntax: the
   * whole module parses (1) or not (0). Runtime: contract actions that fire (decided by meaning, see
   * the checker's action tracker) without raising an error, over the contract's actions; 0 when no step changes
   * the state. Conformance: accepted scoring traces. Invariants: templates that hold, scaled by the share
   * of contract actions the checked state space exercises. Overall: {@code 0.25 syntax + 0.25 runtime x m
   * + 0.5 m}, where {@code m = sqrt(conformance x invariants)}: the spec must both allow what the system
   * did and allow nothing unsafe, so neither phase alone (a spec that allows everything explains every
   * trace; one that does nothing violates nothing) buys anything beyond syntax.
   */
  SOUND,
  /**
   * The paper's formulas, for comparison with the published leaderboard: syntax = 0.5 x whole module +
   * 0.5 x per-definition pass rate; runtime = (actions covered minus actions erroring) / actions TLC
   * reports for the spec; conformance = accepted-trace rate; invariants = templates holding / templates
   * (none credited when the runtime phase shows no behaviour); overall = mean of the four phases.
   */
  PAPER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The profile with this id; the message lists the valid ones. */
  public static ScoringProfile fromId(String id) {
    for (ScoringProfile p : values()) {
      if (p.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown scoring profile '" + id + "' (expected sound or paper)");
  }

  /** Syntax scores from whether the module parses and how many definitions parse alone. */
  public static Scores syntax(boolean wholeModule, long definitionsPassing, long definitions) {
    double whole = wholeModule ? 1 : 0;
    double rate = definitions == 0 ? 0 : (double) definitionsPassing / definitions;
    return new Scores(whole, 0.5 * whole + 0.5 * rate);
  }

  /** The overall scores of four phase scores (a phase not evaluated counts as 0). */
  public static Scores overall(Scores syntax, Scores runtime, Scores conformance, Scores invariants) {
    double m = Math.sqrt(conformance.sound() * invariants.sound());
    double sound = 0.25 * syntax.sound() + 0.25 * runtime.sound() * m + 0.5 * m;
    double paper = (syntax.paper() + runtime.paper() + conformance.paper() + invariants.paper()) / 4;
    return new Scores(Math.min(1, sound), Math.min(1, paper));
  }
}
