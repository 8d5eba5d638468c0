package org.sysmobench.tla.sany;

/** What kind of problem a {@link Diagnostic} reports. */
public enum DiagnosticKind {
  /** The lexer rejected a character or token (unclosed string or comment, a Unicode symbol we don't map). */
  LEXICAL,
  /** The parser rejected the token sequence (javacc stops at the first one per module). */
  PARSE,
  /** Semantic analysis: unknown or multiply defined names, wrong arity, bad instantiation. */
  SEMANTIC,
  /** Level checking: a formula of the wrong level (for example a variable inside an ASSUME). */
  LEVEL,
  /** A module named in EXTENDS or INSTANCE was found neither next to the spec nor in the library. */
  MISSING_MODULE,
  /** The module header names a different module than the file name. */
  NAME_MISMATCH,
  /** The text has no {@code ---- MODULE Name ----} header: empty, not TLA+, or truncated. */
  NO_MODULE,
  /** Non-blank text before the module header or after its closing rule (SANY ignores it). */
  TEXT_OUTSIDE_MODULE,
  /** Anything else SANY reported, including an internal crash of SANY. */
  OTHER
}
