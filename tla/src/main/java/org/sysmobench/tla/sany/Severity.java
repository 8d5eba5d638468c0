package org.sysmobench.tla.sany;

/** Whether a {@link Diagnostic} makes the parse fail. */
public enum Severity {
  /** The spec does not parse. */
  ERROR,
  /** Reported, but the spec parses. */
  WARNING
}
