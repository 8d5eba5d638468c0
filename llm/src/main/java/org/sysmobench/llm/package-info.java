/**
 * The public vocabulary of the LLM layer: what a caller sends ({@link org.sysmobench.llm.ChatRequest}),
 * what it gets back ({@link org.sysmobench.llm.Completion}, {@link org.sysmobench.llm.Usage},
 * {@link org.sysmobench.llm.Cost}) and how a call can fail ({@link org.sysmobench.llm.LlmException}).
 *
 * <p>Depends on the JDK only. Knows nothing of TLA+, of wire protocols or of HTTP: clients are built by
 * {@code org.sysmobench.llm.client.LlmClients}.
 */
package org.sysmobench.llm;
