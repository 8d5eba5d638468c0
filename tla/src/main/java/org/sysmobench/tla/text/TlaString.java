package org.sysmobench.tla.text;

/** TLA+ string literals. */
public final class TlaString {
  private TlaString() {}

  /** {@code s} as a TLA+ string literal: quoted, with backslashes, quotes and line breaks escaped. */
  public static String literal(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t") + "\"";
  }
}
