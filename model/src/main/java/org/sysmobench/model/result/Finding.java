package org.sysmobench.model.result;

/**
 * One thing a phase found: why points were lost, or a note worth reading.
 *
 * @param kind a stable short code (e.g. {@code sany-parse}, {@code action-error}, {@code trace-rejected})
 * @param lostPoints whether this finding cost score (notes do not)
 * @param message one line for people
 * @param where a location such as {@code Module:12:5}, an action or a trace file; empty when none
 * @param detail longer text: a counterexample, the offending source line, an excerpt; empty when none
 */
public record Finding(String kind, boolean lostPoints, String message, String where, String detail) {
  public static Finding loss(String kind, String message, String where, String detail) {
    return new Finding(kind, true, message, where, detail);
  }

  public static Finding note(String kind, String message, String where, String detail) {
    return new Finding(kind, false, message, where, detail);
  }
}
