package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An error as a provider described it, from an error response body or an in-stream error event. Every
 * protocol nests it under {@code error} ({@code {"error":{...}}} for OpenAI and compatible servers,
 * {@code {"type":"error","error":{...}}} for Anthropic, {@code {"error":{"code":429,"status":...}}} for
 * Gemini); some local servers send a bare string.
 *
 * @param type    {@code error.type}, else Gemini's {@code error.status} ("" if neither), e.g.
 *                {@code rate_limit_error}, {@code overloaded_error}, {@code RESOURCE_EXHAUSTED}
 * @param code    {@code error.code} ("" if absent), e.g. {@code insufficient_quota}
 * @param message the human message, or the raw body when it is not JSON
 */
record ProviderError(String type, String code, String message) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ProviderError fromBody(String body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root != null && root.isObject()) {
                return fromJson(root);
            }
        } catch (java.io.IOException notJson) {
            // a proxy or a local server answered in plain text
        }
        return new ProviderError("", "", body.strip());
    }

    static ProviderError fromJson(JsonNode root) {
        JsonNode e = root.path("error");
        if (e.isTextual()) {
            return new ProviderError("", "", e.asText());
        }
        if (e.isObject()) {
            // Gemini's numeric code repeats the HTTP status; its meaning is in status.
            String code = e.path("code").isNumber() ? "" : e.path("code").asText("");
            return new ProviderError(e.path("type").asText(e.path("status").asText("")), code,
                    e.path("message").asText(""));
        }
        return new ProviderError(root.path("type").asText(""), "", root.path("message").asText(root.toString()));
    }

    /** Billing or quota exhaustion: waiting will not help (see the failure rules in StreamingLlmClient). */
    boolean meansQuotaExhausted() {
        return code.equals("insufficient_quota") || type.equals("insufficient_quota") || type.equals("billing_error")
                || message.toLowerCase().contains("credit balance is too low")
                || message.toLowerCase().contains("exceeded your current quota");
    }

    /** Capacity or transient server trouble reported in-stream. */
    boolean meansRetryable() {
        return switch (type) {
            case "overloaded_error", "api_error", "rate_limit_error", "server_error", "timeout_error" -> true;
            default -> false;
        };
    }

    String describe() {
        String kind = !code.isEmpty() ? code : type;
        return (kind.isEmpty() ? "" : kind + ": ") + message;
    }
}
