package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.config.ApiKey;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.config.Protocol;
import org.sysmobench.llm.config.ProviderConfig;

/**
 * One wire protocol: where to post, what body to send, how to authenticate, how to read the stream.
 * Provider differences come in as {@link org.sysmobench.llm.config.Dialect} data, not as subclasses.
 */
interface WireProtocol {

    static WireProtocol of(Protocol protocol) {
        return switch (protocol) {
            case OPENAI_CHAT -> new OpenAiChatProtocol();
            case ANTHROPIC_MESSAGES -> new AnthropicMessagesProtocol();
            case GEMINI_GENERATE_CONTENT -> new GeminiGenerateContentProtocol();
        };
    }

    URI endpoint(ModelConfig model);

    /** The exact JSON body, streaming switched on. Deterministic: it is hashed into the cache key. */
    ObjectNode requestBody(ModelConfig model, ChatRequest request);

    StreamParser newParser(ModelConfig model);

    /**
     * The body as sent, made from {@link #requestBody} (the request's identity, hashed into the cache key):
     * plus what changes the bill but not the answer (prompt-cache markers), so cache keys and recorded
     * cassettes do not depend on whether the provider's prompt cache is used; minus what the endpoint
     * already carries.
     */
    default ObjectNode forTransport(ModelConfig model, ObjectNode body) {
        return body;
    }

    /** Authentication header per the provider's dialect; empty for key-less local servers. */
    default Map<String, String> authHeaders(ProviderConfig provider, Optional<ApiKey> key) {
        if (key.isEmpty()) {
            return Map.of();
        }
        String header = provider.dialect().authHeader();
        return header.equalsIgnoreCase("bearer")
                ? Map.of("Authorization", "Bearer " + key.get().secret())
                : Map.of(header, key.get().secret());
    }
}
