/**
 * The SANY facade: parses TLA+ specs with the tools' own parser and semantic analyser in-process
 * ({@link org.sysmobench.tla.sany.Sany}) and returns typed results ({@link
 * org.sysmobench.tla.sany.ParseResult}, {@link org.sysmobench.tla.sany.Diagnostic}).
 *
 * <p>May depend on the JDK, {@code org.sysmobench.tla} (where the tools are) and {@code
 * org.sysmobench.tla.text} (Unicode rewrite) and {@code org.sysmobench.tla.scratch} (temp folders). Never links to the tools or the bridge classes: they
 * live in one isolated class loader and are called reflectively with JDK types. Reports what SANY
 * said, not what it means for a score.
 */
package org.sysmobench.tla.sany;
