/**
 * What a run may spend: the run budget (USD and wall time) and per-provider concurrency limits. Shared,
 * thread-safe objects created once per run and handed to every client.
 *
 * <p>May depend on the JDK and {@code org.sysmobench.llm}.
 */
package org.sysmobench.llm.limits;
