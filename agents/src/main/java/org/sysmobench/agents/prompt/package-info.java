/**
 * The prompts authors send: versioned, task-independent templates (resources under
 * {@code org/sysmobench/agents/prompts/}) filled with a task's brief, contract, constants, sources or
 * traces.
 *
 * <p>Prompts never contain machine-specific text (absolute paths, times): a prompt is part of the
 * response cache key, and a committed cassette must replay on every machine.
 *
 * <p>May depend on {@code tasks}, {@code trace} and {@code llm}. Knows nothing of how specs are scored.
 */
package org.sysmobench.agents.prompt;
