/**
 * The run store: one results folder holding an SQLite index ({@code index.sqlite}), a content-addressed
 * artifact folder and one manifest per run. Writes are atomic (temp file + rename; one SQL transaction
 * per state change), so a killed process never leaves a half-written artifact or cell behind.
 *
 * <p>May depend on {@code model}, {@code check} (for the {@link org.sysmobench.check.EvalResult} values it
 * indexes), the SQLite driver and Jackson. Must not know how cells are executed (that is {@code runs}) or
 * rendered (that is {@code report}), and never calls an LLM or TLC.
 */
package org.sysmobench.store;
