package org.sysmobench.llm;

/** Why the model stopped, normalised across protocols (the raw value is kept in {@link Completion}). */
public enum FinishReason {
    /** Natural end (OpenAI {@code stop}, Anthropic {@code end_turn} / {@code stop_sequence}). */
    STOP,
    /** Hit the output token limit (OpenAI {@code length}, Anthropic {@code max_tokens}): truncated. */
    LENGTH,
    /** Refused or filtered (OpenAI {@code content_filter}, Anthropic {@code refusal}). */
    CONTENT_FILTER,
    /** Any other reason the provider gave (tool calls, pause_turn, ...). */
    OTHER,
    /** The stream never gave a reason: no answer (the client retries such a stream, then fails the call). */
    NONE
}
