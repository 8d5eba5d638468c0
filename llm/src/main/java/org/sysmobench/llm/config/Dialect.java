package org.sysmobench.llm.config;

import java.util.List;
import java.util.Objects;

/**
 * How a provider deviates from its protocol's reference server. Every quirk is data here so that the
 * protocol code has no "if DeepSeek" branches.
 *
 * @param maxTokensField       request field for the output limit: {@code max_completion_tokens} (OpenAI
 *                             reasoning models) or {@code max_tokens} (everyone else, and Anthropic)
 * @param reasoningTextFields  delta fields that carry reasoning text, tried in order
 *                             ({@code reasoning_content} for DeepSeek/vLLM, {@code reasoning} for
 *                             OpenRouter); ignored by Anthropic, whose thinking blocks are standard
 * @param includeUsage         send {@code stream_options.include_usage} (OpenAI protocol; without it a
 *                             stream carries no usage)
 * @param authHeader           {@code bearer} (Authorization: Bearer) or the name of a header that takes the
 *                             raw key, e.g. {@code x-api-key}
 * @param promptCache          mark the request's stable prefix for the provider's prompt cache (Anthropic:
 *                             {@code cache_control} breakpoints), so repeated prompts and growing repair
 *                             conversations are billed at the cached-input price; OpenAI caches unasked
 */
public record Dialect(String maxTokensField, List<String> reasoningTextFields, boolean includeUsage,
                      String authHeader, boolean promptCache) {
    public Dialect {
        Objects.requireNonNull(maxTokensField, "maxTokensField");
        reasoningTextFields = List.copyOf(reasoningTextFields);
        Objects.requireNonNull(authHeader, "authHeader");
    }

    /** The defaults of a protocol's reference server. */
    public static Dialect defaultsFor(Protocol protocol) {
        return switch (protocol) {
            case OPENAI_CHAT -> new Dialect("max_completion_tokens", List.of("reasoning_content", "reasoning"), true,
                    "bearer", false);
            case ANTHROPIC_MESSAGES -> new Dialect("max_tokens", List.of(), false, "x-api-key", true);
            // Gemini caches repeated prefixes implicitly; its limit is generationConfig.maxOutputTokens.
            case GEMINI_GENERATE_CONTENT -> new Dialect("maxOutputTokens", List.of(), false, "x-goog-api-key", false);
        };
    }
}
