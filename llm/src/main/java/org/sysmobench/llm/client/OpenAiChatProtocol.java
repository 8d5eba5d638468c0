package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.Message;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.config.GenerationParams;
import org.sysmobench.llm.config.ModelConfig;

/**
 * OpenAI Chat Completions, streamed: {@code data: {chat.completion.chunk}} lines, text in
 * {@code choices[0].delta.content}, the finish reason in the last choice chunk, usage in one extra chunk
 * with {@code "choices":[]} (only when {@code stream_options.include_usage} was sent), then
 * {@code data: [DONE]}. Errors mid-stream come as {@code data: {"error":{...}}}.
 */
final class OpenAiChatProtocol implements WireProtocol {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public URI endpoint(ModelConfig model) {
        return URI.create(model.provider().baseUrl() + "/chat/completions");
    }

    @Override
    public ObjectNode requestBody(ModelConfig model, ChatRequest request) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model.modelId());
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            messages.addObject().put("role", m.role().name().toLowerCase()).put("content", m.text());
        }
        body.put("stream", true);
        if (model.provider().dialect().includeUsage()) {
            body.putObject("stream_options").put("include_usage", true);
        }
        GenerationParams p = model.params();
        p.maxTokens().ifPresent(n -> body.put(model.provider().dialect().maxTokensField(), n));
        p.temperature().ifPresent(t -> body.put("temperature", t));
        p.topP().ifPresent(t -> body.put("top_p", t));
        p.reasoningEffort().ifPresent(e -> body.put("reasoning_effort", e));
        // thinkingBudget is Anthropic's knob; OpenAI-compatible servers that want one take it via `extra`.
        p.extra().forEach((k, v) -> body.set(k, MAPPER.valueToTree(v)));
        return body;
    }

    @Override
    public StreamParser newParser(ModelConfig model) {
        return new Parser(model.provider().dialect().reasoningTextFields());
    }

    static FinishReason finishReason(String raw) {
        return switch (raw) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            case "" -> FinishReason.NONE;
            default -> FinishReason.OTHER;
        };
    }

    private static final class Parser implements StreamParser {
        private final List<String> reasoningFields;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private Usage usage = Usage.ZERO;
        private String finish = "";
        private boolean done;

        Parser(List<String> reasoningFields) {
            this.reasoningFields = reasoningFields;
        }

        @Override
        public void accept(SseEvent event) {
            if (event.data().equals("[DONE]")) {
                done = true;
                return;
            }
            JsonNode chunk = EventJson.of(event);
            for (JsonNode choice : chunk.path("choices")) {
                if (choice.path("index").asInt(0) != 0) {
                    continue;
                }
                JsonNode delta = choice.path("delta");
                if (delta.path("content").isTextual()) {
                    text.append(delta.get("content").asText());
                }
                for (String field : reasoningFields) {
                    if (delta.path(field).isTextual()) {
                        reasoning.append(delta.get(field).asText());
                        break;
                    }
                }
                if (choice.path("finish_reason").isTextual()) {
                    finish = choice.get("finish_reason").asText();
                }
            }
            JsonNode u = chunk.path("usage");
            if (u.isObject()) {
                // DeepSeek reports cache hits as prompt_cache_hit_tokens instead of the details object.
                long cached = u.path("prompt_tokens_details").path("cached_tokens")
                        .asLong(u.path("prompt_cache_hit_tokens").asLong(0));
                usage = new Usage(u.path("prompt_tokens").asLong(0), cached, 0, u.path("completion_tokens").asLong(0),
                        u.path("completion_tokens_details").path("reasoning_tokens").asLong(0));
            }
        }

        @Override
        public ParsedStream result() {
            return new ParsedStream(text.toString(), reasoning.toString(), usage, finishReason(finish), finish, done);
        }
    }
}
