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
 * Anthropic Messages, streamed: {@code message_start} (input and cache usage), content blocks of type
 * {@code thinking} ({@code thinking_delta}, {@code signature_delta}) and {@code text} ({@code text_delta}),
 * {@code ping} anywhere, {@code message_delta} (stop reason and <em>cumulative</em> output tokens),
 * {@code message_stop}. Overload can also arrive in-stream as {@code event: error}.
 */
final class AnthropicMessagesProtocol implements WireProtocol {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public URI endpoint(ModelConfig model) {
        return URI.create(model.provider().baseUrl() + "/v1/messages");
    }

    @Override
    public ObjectNode requestBody(ModelConfig model, ChatRequest request) {
        GenerationParams p = model.params();
        if (p.maxTokens().isEmpty()) {
            // The Messages API rejects requests without it; say so before spending a round trip.
            throw new IllegalArgumentException("model " + model.name() + ": params.max_tokens is required by the"
                    + " Anthropic Messages protocol");
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model.modelId());
        body.put(model.provider().dialect().maxTokensField(), p.maxTokens().getAsInt());
        String system = request.messages().stream().filter(m -> m.role() == Role.SYSTEM).map(Message::text)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            if (m.role() != Role.SYSTEM) {
                messages.addObject().put("role", m.role().name().toLowerCase()).put("content", m.text());
            }
        }
        body.put("stream", true);
        p.temperature().ifPresent(t -> body.put("temperature", t));
        p.topP().ifPresent(t -> body.put("top_p", t));
        p.thinkingBudget().ifPresent(n -> body.putObject("thinking").put("type", "enabled").put("budget_tokens", n));
        // reasoningEffort is OpenAI's knob; Anthropic's output_config.effort goes through `extra`.
        p.extra().forEach((k, v) -> body.set(k, MAPPER.valueToTree(v)));
        return body;
    }

    /**
     * With the dialect's prompt cache on, two cache breakpoints: the system prompt (the task's sources and
     * brief, the same for every sample and epoch of a task) and the last message (so the next turn of a
     * repair conversation reads everything before it from the cache). A prefix shorter than the model's
     * minimum is simply not cached; the API does not fail.
     */
    @Override
    public ObjectNode forTransport(ModelConfig model, ObjectNode body) {
        if (!model.provider().dialect().promptCache()) {
            return body;
        }
        if (body.path("system").isTextual()) {
            body.set("system", cachedText(body.get("system").asText()));
        }
        JsonNode messages = body.path("messages");
        if (messages.isArray() && !messages.isEmpty()) {
            ObjectNode last = (ObjectNode) messages.get(messages.size() - 1);
            if (last.path("content").isTextual()) {
                last.set("content", cachedText(last.get("content").asText()));
            }
        }
        return body;
    }

    /** One text block marked as a cache breakpoint (the 5-minute cache). */
    private static ArrayNode cachedText(String text) {
        ArrayNode blocks = MAPPER.createArrayNode();
        blocks.addObject().put("type", "text").put("text", text).putObject("cache_control").put("type", "ephemeral");
        return blocks;
    }

    @Override
    public StreamParser newParser(ModelConfig model) {
        return new Parser();
    }

    static FinishReason finishReason(String raw) {
        return switch (raw) {
            case "end_turn", "stop_sequence" -> FinishReason.STOP;
            case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            case "" -> FinishReason.NONE;
            default -> FinishReason.OTHER;
        };
    }

    private static final class Parser implements StreamParser {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder thinking = new StringBuilder();
        private long input;
        private long cacheRead;
        private long cacheWrite;
        private long output;
        private String stop = "";
        private boolean done;

        @Override
        public void accept(SseEvent event) {
            JsonNode data = EventJson.of(event);
            String type = event.name().isEmpty() ? data.path("type").asText("") : event.name();
            switch (type) {
                case "message_start" -> readUsage(data.path("message").path("usage"));
                case "content_block_start" -> {
                    JsonNode block = data.path("content_block");
                    if (block.path("text").isTextual()) {
                        text.append(block.get("text").asText());
                    }
                    if (block.path("thinking").isTextual()) {
                        thinking.append(block.get("thinking").asText());
                    }
                }
                case "content_block_delta" -> {
                    JsonNode delta = data.path("delta");
                    switch (delta.path("type").asText("")) {
                        case "text_delta" -> text.append(delta.path("text").asText(""));
                        case "thinking_delta" -> thinking.append(delta.path("thinking").asText(""));
                        default -> {
                            // signature_delta and tool input deltas carry no text we report
                        }
                    }
                }
                case "message_delta" -> {
                    if (data.path("delta").path("stop_reason").isTextual()) {
                        stop = data.path("delta").get("stop_reason").asText();
                    }
                    readUsage(data.path("usage"));
                }
                case "message_stop" -> done = true;
                default -> {
                    // ping, content_block_stop and future event types are ignored, as the API asks
                }
            }
        }

        /** message_delta usage is cumulative, so later values replace earlier ones. */
        private void readUsage(JsonNode u) {
            if (!u.isObject()) {
                return;
            }
            input = u.path("input_tokens").asLong(input);
            cacheRead = u.path("cache_read_input_tokens").asLong(cacheRead);
            cacheWrite = u.path("cache_creation_input_tokens").asLong(cacheWrite);
            output = u.path("output_tokens").asLong(output);
        }

        @Override
        public ParsedStream result() {
            Usage usage = new Usage(input + cacheRead + cacheWrite, cacheRead, cacheWrite, output, 0);
            return new ParsedStream(text.toString(), thinking.toString(), usage, finishReason(stop), stop, done);
        }
    }
}
