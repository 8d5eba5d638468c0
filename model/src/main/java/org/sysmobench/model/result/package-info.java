/**
 * The result vocabulary every module shares: the four phases, a phase's result (verdict, scores under
 * both profiles, findings, figures), an evaluation's result, the scoring profiles' formulas, and their
 * JSON ({@code sysmobench-eval}) and terminal forms; and the invariants track's result (a property
 * sheet's verdicts, per property and per expert template: {@code sysmobench-discovery}). The checker produces these values; the store keeps
 * them, reports and the runner read them, without knowing how a spec is checked.
 *
 * <p>Depends on the JDK and Jackson (for the JSON) only.
 */
package org.sysmobench.model.result;
