/**
 * The invariants phase: each of the task's expert templates (a concrete TLA+ definition over the
 * contract vocabulary) is model checked against the spec, safety as INVARIANT and liveness as PROPERTY
 * under the spec's own fairness, one TLC job each, concurrently.
 */
package org.sysmobench.check.invariants;
