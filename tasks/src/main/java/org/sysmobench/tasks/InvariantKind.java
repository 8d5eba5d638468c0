package org.sysmobench.tasks;

/**
 * How a template is checked. Safety templates are state predicates, checked as TLC INVARIANTs; action
 * templates are safety properties of steps ({@code [][A]_v}), which TLC can only check as PROPERTYs but
 * which are still safety (a violation is a finite behaviour) and are reported with safety; liveness
 * templates ({@code <>}, {@code ~>}) are PROPERTYs checked under the spec's own fairness.
 */
public enum InvariantKind {
  SAFETY,
  ACTION,
  LIVENESS;

  /** Whether the template is checked as a TLC PROPERTY rather than an INVARIANT. */
  public boolean checkedAsProperty() {
    return this != SAFETY;
  }
}
