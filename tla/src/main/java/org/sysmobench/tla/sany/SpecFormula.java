package org.sysmobench.tla.sany;

import java.util.List;
import java.util.Map;

/**
 * A spec's specification formula taken apart as TLC reads it (see the bridge's {@code
 * SpecFormulaAnalyzer}): the initial predicate's conjuncts, the next-state action, the fairness
 * conditions, and the temporal conjuncts that are neither (ignored), each as its source text. The
 * text is that of the file SANY parsed (after the Unicode rewrite, so plain ASCII TLA+).
 *
 * @param problem why the formula could not be taken apart; empty when it was (or when none was asked for)
 * @param init the conjuncts of the initial predicate
 * @param next the next-state action {@code A} of {@code [][A]_v}; {@link Piece#EMPTY} when absent
 * @param fairness the fairness conditions, with their WF/SF and operator-call holes
 * @param operators the module's operators that fairness conditions call, by name
 * @param ignored temporal conjuncts that are not fairness conditions, each with why
 */
public record SpecFormula(String problem, List<Piece> init, Piece next, List<Piece> fairness,
    Map<String, FairnessOperator> operators, List<Piece> ignored) {

  /** No formula was asked for. */
  public static final SpecFormula NONE = new SpecFormula("not analysed", List.of(), Piece.EMPTY, List.of(), Map.of(),
      List.of());

  public SpecFormula {
    init = List.copyOf(init);
    fairness = List.copyOf(fairness);
    operators = Map.copyOf(operators);
    ignored = List.copyOf(ignored);
  }

  public boolean ok() {
    return problem.isEmpty();
  }

  /**
   * A part of the formula as written.
   *
   * @param text the source text, verbatim (it may span lines)
   * @param line the line it starts on
   * @param column SANY's visual column of its first character; the text's later lines keep their own
   *     columns, so re-emit it starting at this column to keep junction lists aligned
   * @param holes for a fairness condition: its WF/SF and its calls of the module's operators
   * @param why for an ignored conjunct: why it is not a fairness condition; empty otherwise
   */
  public record Piece(String text, int line, int column, List<Hole> holes, String why) {
    public static final Piece EMPTY = new Piece("", 0, 0, List.of(), "");

    public Piece {
      holes = List.copyOf(holes);
    }
  }

  /** What a hole of a fairness condition is. */
  public enum HoleKind { WF, SF, CALL }

  /**
   * A WF/SF or an operator call inside a fairness condition.
   *
   * @param start character offset of its first character in the piece's text
   * @param end character offset just after it
   * @param subscript WF/SF only: the text of the subscript {@code v} in {@code WF_v(A)}
   * @param action WF/SF only: the text of the action {@code A}
   * @param name calls only: the operator called (its name starts the hole's text)
   */
  public record Hole(HoleKind kind, int start, int end, String subscript, String action, String name) {}

  /** An operator of the module called by a fairness condition: its parameters and its body. */
  public record FairnessOperator(List<Param> params, Piece body) {
    public FairnessOperator {
      params = List.copyOf(params);
    }
  }

  /** A formal parameter: its name and arity (0 for an ordinary parameter, more for an operator parameter). */
  public record Param(String name, int arity) {}
}
