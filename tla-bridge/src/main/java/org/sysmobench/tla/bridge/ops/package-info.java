/**
 * Java overrides of operators of our TLA+ library modules (SequencesExt, FiniteSetsExt,
 * TraceReader), installed by TLC through {@code tlc2.overrides.TLCOverrides}.
 *
 * <p>Each override computes exactly the value of the operator's TLA+ definition (which stays the
 * reference), only faster; TraceReader's file reading has no TLA+ equivalent. Depends only on the
 * JDK and the TLA+ tools. Operators here may read the files a spec names but must never run
 * processes or write files: specs come from untrusted LLM output.
 */
package org.sysmobench.tla.bridge.ops;
