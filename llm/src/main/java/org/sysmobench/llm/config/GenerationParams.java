package org.sysmobench.llm.config;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Generation parameters of a model. A {@code null} component means "not sent: provider default"; the
 * catalog is the only producer of these values.
 *
 * @param maxTokens          output limit (sent under the dialect's field name); required by Anthropic
 * @param temperature        sampling temperature
 * @param topP               nucleus sampling
 * @param reasoningEffort    OpenAI {@code reasoning_effort} (none, minimal, low, medium, high, xhigh, max)
 * @param thinkingBudget     Anthropic extended thinking {@code budget_tokens}; enables thinking
 * @param extra              further body fields sent verbatim (e.g. {@code seed}, OpenRouter {@code provider});
 *                           values are plain YAML/JSON values
 */
public record GenerationParams(Integer maxTokens, Double temperature, Double topP, String reasoningEffort,
                               Integer thinkingBudget, Map<String, Object> extra) {
    public static final GenerationParams NONE = new GenerationParams(null, null, null, null, null, Map.of());

    public GenerationParams {
        // TreeMap: a stable order keeps request bodies (and so cache keys) deterministic.
        extra = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(extra, "extra")));
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be >= 1");
        }
        if (thinkingBudget != null && thinkingBudget < 1) {
            throw new IllegalArgumentException("thinking_budget must be >= 1");
        }
    }

    public GenerationParams withMaxTokens(int value) {
        return new GenerationParams(value, temperature, topP, reasoningEffort, thinkingBudget, extra);
    }
}
