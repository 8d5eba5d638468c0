/**
 * The HTTP clients: one streaming client on {@code java.net.http} that speaks three wire protocols
 * (OpenAI Chat Completions, Anthropic Messages with prompt-cache breakpoints, Gemini
 * streamGenerateContent), with SSE parsing, an idle watchdog, retries, the
 * response cache, cost accounting and concurrency limits. {@link org.sysmobench.llm.client.LlmClients}
 * is the only way in; everything else here is package-private.
 *
 * <p>May depend on the JDK, Jackson and the other {@code org.sysmobench.llm} packages. Never logs or
 * stores a key or an HTTP header; retry events go to an injected
 * {@link org.sysmobench.llm.client.CallObserver}.
 */
package org.sysmobench.llm.client;
