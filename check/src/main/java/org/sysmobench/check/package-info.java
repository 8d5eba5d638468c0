/**
 * The four evaluation phases (syntax, runtime, conformance, invariants), their scores under a scoring
 * profile, and the evaluation result with every lost point explained.
 *
 * <p>May depend on {@code model}, {@code tla}, {@code tasks} and {@code trace}. Never calls an LLM:
 * scoring is deterministic. Phases read only the task, the submitted spec and recorded traces; they
 * never touch a live system.
 */
package org.sysmobench.check;
