/**
 * The invariants track's scorer: can an agent find a system's correctness properties on its own? An
 * agent's property sheet (TLA+ definitions over the task's contract vocabulary, each property with a kind
 * and a one-line meaning) is checked with SANY and TLC alone against the task's own specs: sound on the
 * reference and on the recorded scoring traces, violated by a hidden mutant, not trivial, not a
 * restatement; related to the expert templates it covers; scored with precision, so unsound claims cost
 * and trivial ones earn nothing.
 *
 * <p>Depends on the TLA+ engine ({@code tla}), the task packages ({@code tasks}), the trace reader and
 * the check module's model preparation ({@code model}, {@code conformance.TraceCheckModule}). It never
 * calls an LLM and never sees an agent's spec. Kept apart from the spec track's phases: nothing there
 * depends on it.
 */
package org.sysmobench.check.discovery;
