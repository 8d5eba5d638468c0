package org.sysmobench.llm;

/**
 * Token counts of one call, normalised across protocols.
 *
 * @param inputTokens       every prompt token, cached or not (OpenAI {@code prompt_tokens}; Anthropic
 *                          {@code input_tokens + cache_read_input_tokens + cache_creation_input_tokens})
 * @param cachedInputTokens prompt tokens read from the provider's prompt cache (a subset of input)
 * @param cacheWriteTokens  prompt tokens written to the provider's prompt cache (a subset of input;
 *                          Anthropic only)
 * @param outputTokens      every generated token, reasoning included (both providers bill it so)
 * @param reasoningTokens   the reasoning share of output when the provider reports it, else 0
 */
public record Usage(long inputTokens, long cachedInputTokens, long cacheWriteTokens, long outputTokens,
                    long reasoningTokens) {
    public static final Usage ZERO = new Usage(0, 0, 0, 0, 0);

    public Usage {
        if (inputTokens < 0 || cachedInputTokens < 0 || cacheWriteTokens < 0 || outputTokens < 0
                || reasoningTokens < 0) {
            throw new IllegalArgumentException("negative token count");
        }
    }

    /** Prompt tokens billed at the full input price. */
    public long uncachedInputTokens() {
        return Math.max(0, inputTokens - cachedInputTokens - cacheWriteTokens);
    }

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, cachedInputTokens + other.cachedInputTokens,
                cacheWriteTokens + other.cacheWriteTokens, outputTokens + other.outputTokens,
                reasoningTokens + other.reasoningTokens);
    }
}
