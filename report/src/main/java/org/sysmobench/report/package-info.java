/**
 * Reports and leaderboards (Markdown, JSON, one self-contained HTML file) computed from the run store
 * alone: a stored run can be reported on any machine, years later, without models, keys or TLC.
 *
 * <p>May depend on {@code model}, {@code store} (and the result values it hands out, from {@code check})
 * and Jackson. Must not depend on {@code runs}, {@code cli}, {@code llm} or the TLA+ engine.
 */
package org.sysmobench.report;
