/**
 * Plain-text preparation of TLA+ specs before the tools see them: finding the module inside an LLM
 * answer ({@link org.sysmobench.tla.text.SpecText}), rewriting Unicode TLA+ symbols to the ASCII the
 * 2014 SANY understands ({@link org.sysmobench.tla.text.UnicodeToAscii}), and mapping positions in the
 * rewritten text back to the original ({@link org.sysmobench.tla.text.PositionMap}).
 *
 * <p>JDK only: no TLA+ tools, no other project module. Pure functions over strings.
 */
package org.sysmobench.tla.text;
