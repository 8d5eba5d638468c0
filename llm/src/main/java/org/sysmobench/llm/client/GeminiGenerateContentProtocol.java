package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.stream.Collectors;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.Message;
import org.sysmobench.llm.Role;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.config.GenerationParams;
import org.sysmobench.llm.config.ModelConfig;

/**
 * Gemini {@code models/{model}:streamGenerateContent?alt=sse}: every event is a whole {@code
 * GenerateContentResponse}; text comes in {@code candidates[0].content.parts}, a part marked {@code
 * "thought": true} is reasoning; the chunk with {@code finishReason} ends the answer and {@code
 * usageMetadata} (prompt, cached, candidates and thoughts counts) arrives with it. There is no end
 * marker: a stream that closes before a finish reason was cut off.
 */
final class GeminiGenerateContentProtocol implements WireProtocol {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public URI endpoint(ModelConfig model) {
        return URI.create(model.provider().baseUrl() + "/v1beta/models/" + model.modelId()
                + ":streamGenerateContent?alt=sse");
    }

    /** The model is in the URL; it is named in the body too, so the cache key tells models apart. */
    @Override
    public ObjectNode requestBody(ModelConfig model, ChatRequest request) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", "models/" + model.modelId());
        String system = request.messages().stream().filter(m -> m.role() == Role.SYSTEM).map(Message::text)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
        }
        ArrayNode contents = body.putArray("contents");
        for (Message m : request.messages()) {
            if (m.role() != Role.SYSTEM) {
                contents.addObject().put("role", m.role() == Role.ASSISTANT ? "model" : "user")
                        .putArray("parts").addObject().put("text", m.text());
            }
        }
        GenerationParams p = model.params();
        ObjectNode config = body.putObject("generationConfig");
        p.maxTokens().ifPresent(n -> config.put("maxOutputTokens", n));
        p.temperature().ifPresent(t -> config.put("temperature", t));
        p.topP().ifPresent(t -> config.put("topP", t));
        p.thinkingBudget().ifPresent(n -> config.putObject("thinkingConfig").put("includeThoughts", true)
                .put("thinkingBudget", n));
        p.extra().forEach((k, v) -> body.set(k, MAPPER.valueToTree(v)));
        return body;
    }

    /** The URL already names the model. */
    @Override
    public ObjectNode forTransport(ModelConfig model, ObjectNode body) {
        body.remove("model");
        return body;
    }

    @Override
    public StreamParser newParser(ModelConfig model) {
        return new Parser();
    }

    static FinishReason finishReason(String raw) {
        return switch (raw) {
            case "STOP" -> FinishReason.STOP;
            case "MAX_TOKENS" -> FinishReason.LENGTH;
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII" -> FinishReason.CONTENT_FILTER;
            case "" -> FinishReason.NONE;
            default -> FinishReason.OTHER;
        };
    }

    private static final class Parser implements StreamParser {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder thoughts = new StringBuilder();
        private Usage usage = Usage.ZERO;
        private String finish = "";

        @Override
        public void accept(SseEvent event) {
            JsonNode chunk = EventJson.of(event);
            JsonNode candidate = chunk.path("candidates").path(0);
            for (JsonNode part : candidate.path("content").path("parts")) {
                if (part.path("text").isTextual()) {
                    (part.path("thought").asBoolean(false) ? thoughts : text).append(part.get("text").asText());
                }
            }
            if (candidate.path("finishReason").isTextual()) {
                finish = candidate.get("finishReason").asText();
            }
            JsonNode u = chunk.path("usageMetadata");
            if (u.isObject()) {
                // candidatesTokenCount leaves the thoughts out; both are billed as output.
                long thought = u.path("thoughtsTokenCount").asLong(0);
                usage = new Usage(u.path("promptTokenCount").asLong(0), u.path("cachedContentTokenCount").asLong(0), 0,
                        u.path("candidatesTokenCount").asLong(0) + thought, thought);
            }
        }

        @Override
        public ParsedStream result() {
            return new ParsedStream(text.toString(), thoughts.toString(), usage, finishReason(finish), finish,
                    !finish.isEmpty());
        }
    }
}
