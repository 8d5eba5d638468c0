package org.sysmobench.tasks;

/** Safety templates are checked as TLC INVARIANTs (state predicates), liveness ones as PROPERTYs. */
public enum InvariantKind {
  SAFETY,
  LIVENESS
}
