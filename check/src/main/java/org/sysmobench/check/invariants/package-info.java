/**
 * The invariants phase: each of the task's expert templates (a concrete TLA+ definition over the
 * contract vocabulary) is model checked against the spec, safety as INVARIANT and liveness as PROPERTY
 * under the spec's own fairness. Safety templates share explorations (with each other and with the
 * runtime phase's search); action and liveness templates run one TLC job each; all concurrently.
 */
package org.sysmobench.check.invariants;
