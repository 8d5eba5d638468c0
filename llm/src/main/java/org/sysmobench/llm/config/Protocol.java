package org.sysmobench.llm.config;

import java.util.Arrays;

/** The wire protocols spoken; every provider is one of them plus a base URL and a dialect. */
public enum Protocol {
    /** OpenAI Chat Completions: OpenAI, DeepSeek, OpenRouter, vLLM, Ollama, LM Studio, llama-server. */
    OPENAI_CHAT("openai-chat"),
    /** Anthropic Messages. */
    ANTHROPIC_MESSAGES("anthropic-messages"),
    /** Gemini's own API ({@code streamGenerateContent}), for its thoughts and token counts. */
    GEMINI_GENERATE_CONTENT("gemini-generate-content");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    /** The name used in the catalog file and in cache entries. */
    public String id() {
        return id;
    }

    public static Protocol fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown protocol '" + id + "', expected one of "
                        + Arrays.stream(values()).map(Protocol::id).toList()));
    }
}
