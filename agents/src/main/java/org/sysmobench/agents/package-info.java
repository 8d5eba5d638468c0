/**
 * Generation strategies: each {@link org.sysmobench.agents.SpecAuthor} turns a task into a TLA+ spec and
 * TLC config through an LLM, recording every prompt and response in a {@link
 * org.sysmobench.agents.Transcript}.
 *
 * <p>Use {@link org.sysmobench.agents.Authors} to get an author by its
 * {@link org.sysmobench.agents.AgentId} ({@code basic}, {@code code-translation}, {@code trace-learning},
 * {@code repair(<id>)}), its {@link org.sysmobench.agents.SpecAuthor#needs() needs} to know what to give it
 * (sources, learning traces, a critic), and {@link org.sysmobench.agents.TranscriptJson} to store what it did.
 *
 * <p>May depend on {@code model}, {@code tasks}, {@code trace}, {@code llm} and tla's {@code text}
 * package (finding a module in an answer; the engine's runtime is excluded). Must not depend on the
 * checkers: the repair loop receives feedback through the {@link org.sysmobench.agents.SpecCritic}
 * interface, which the caller (the runner, the CLI) implements with the real evaluator. This keeps
 * "the LLM side never knows how specs are judged".
 */
package org.sysmobench.agents;
