/**
 * The run store: one results folder holding an SQLite index ({@code index.sqlite}), a content-addressed
 * artifact folder and one manifest per run. Writes are atomic (temp file + rename; one SQL transaction
 * per state change), so a killed process never leaves a half-written artifact or cell behind.
 *
 * <p>May depend on {@code model} (the {@link org.sysmobench.model.result.EvalResult} values it indexes are
 * its result vocabulary), the SQLite driver and Jackson. Must not know how cells are executed (that is {@code runs}) or
 * rendered (that is {@code report}), and never calls an LLM or TLC.
 */
package org.sysmobench.store;
