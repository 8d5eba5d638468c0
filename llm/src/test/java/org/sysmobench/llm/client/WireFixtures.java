package org.sysmobench.llm.client;

import java.util.List;

/**
 * Provider streams written byte for byte as the reference notes document them (shared/reference/llm.md
 * section 3.2): OpenAI {@code data:} chunks with usage in a last {@code "choices":[]} chunk and
 * {@code data: [DONE]}; Anthropic {@code event:}/{@code data:} pairs from message_start to message_stop;
 * Gemini whole {@code GenerateContentResponse}s as {@code data:} events, the last with the finish reason
 * and usage, separated by CRLF pairs as Google's servers do.
 */
final class WireFixtures {
    private WireFixtures() {
    }

    private static String chunk(String choicesAndUsage) {
        return "data: {\"id\":\"chatcmpl-7f3\",\"object\":\"chat.completion.chunk\",\"created\":1764380000,"
                + "\"model\":\"gpt-test-2026\",\"system_fingerprint\":\"fp_1\"," + choicesAndUsage + "}\n\n";
    }

    /** A complete OpenAI stream: role chunk, text deltas (and reasoning under {@code reasoningField}), stop, usage, DONE. */
    static String openAi(List<String> deltas, String reasoningField, String reasoning, String finish, long prompt,
                         long cached, long completion, long reasoningTokens, boolean done) {
        StringBuilder s = new StringBuilder();
        s.append(chunk("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null"));
        if (!reasoning.isEmpty()) {
            s.append(chunk("\"choices\":[{\"index\":0,\"delta\":{\"" + reasoningField + "\":\"" + reasoning
                    + "\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null"));
        }
        for (String d : deltas) {
            s.append(chunk("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + d + "\"},\"logprobs\":null,"
                    + "\"finish_reason\":null}],\"usage\":null"));
        }
        if (finish != null) {
            s.append(chunk("\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"" + finish
                    + "\"}],\"usage\":null"));
            s.append(chunk("\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":"
                    + completion + ",\"total_tokens\":" + (prompt + completion)
                    + ",\"prompt_tokens_details\":{\"cached_tokens\":" + cached + ",\"audio_tokens\":0},"
                    + "\"completion_tokens_details\":{\"reasoning_tokens\":" + reasoningTokens
                    + ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}"));
        }
        if (done) {
            s.append("data: [DONE]\n\n");
        }
        return s.toString();
    }

    static String openAiOk(String... deltas) {
        return openAi(List.of(deltas), "reasoning_content", "", "stop", 120, 20, 30, 10, true);
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    /** A complete Anthropic stream with a thinking block, a ping and a text block. */
    static String anthropic(String thinking, List<String> deltas, String stopReason, long input, long cacheRead,
                            long cacheWrite, long output, boolean stop) {
        StringBuilder s = new StringBuilder();
        s.append(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_01XFD\",\"type\":"
                + "\"message\",\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":[],\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":" + input + ",\"cache_creation_input_tokens\":"
                + cacheWrite + ",\"cache_read_input_tokens\":" + cacheRead + ",\"output_tokens\":1}}}"));
        int index = 0;
        if (!thinking.isEmpty()) {
            s.append(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                    + "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}"));
            s.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"thinking_delta\",\"thinking\":\"" + thinking + "\"}}"));
            s.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"signature_delta\",\"signature\":\"EqQBCgIYAhIM1gbcDa9GJwZA2b3h\"}}"));
            s.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
            index = 1;
        }
        s.append(event("ping", "{\"type\": \"ping\"}"));
        s.append(event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index
                + ",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (String d : deltas) {
            s.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
                    + ",\"delta\":{\"type\":\"text_delta\",\"text\":\"" + d + "\"}}"));
        }
        s.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}"));
        if (stopReason != null) {
            s.append(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason
                    + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + output + "}}"));
        }
        if (stop) {
            s.append(event("message_stop", "{\"type\":\"message_stop\"}"));
        }
        return s.toString();
    }

    static String anthropicOk(String... deltas) {
        return anthropic("Think first.", List.of(deltas), "end_turn", 100, 50, 25, 40, true);
    }

    private static String geminiChunk(String parts, String finish, String usage) {
        return "data: {\"candidates\": [{\"content\": {\"parts\": [" + parts + "],\"role\": \"model\"}"
                + (finish == null ? "" : ",\"finishReason\": \"" + finish + "\"") + ",\"index\": 0}]"
                + (usage == null ? "" : ",\"usageMetadata\": " + usage) + ",\"modelVersion\": \"gemini-test-1\","
                + "\"responseId\": \"r-1\"}\r\n\r\n";
    }

    /** A Gemini stream: one thought part, then text parts; the finish reason and usage in the last chunk. */
    static String gemini(String thought, List<String> texts, String finish, long prompt, long cached, long candidates,
                         long thoughts) {
        StringBuilder s = new StringBuilder();
        if (!thought.isEmpty()) {
            s.append(geminiChunk("{\"text\": \"" + thought + "\",\"thought\": true}", null, null));
        }
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            String usage = "{\"promptTokenCount\": " + prompt + ",\"candidatesTokenCount\": " + candidates
                    + ",\"totalTokenCount\": " + (prompt + candidates + thoughts) + ",\"cachedContentTokenCount\": "
                    + cached + ",\"thoughtsTokenCount\": " + thoughts + "}";
            s.append(geminiChunk("{\"text\": \"" + texts.get(i) + "\"}", last ? finish : null, last ? usage : null));
        }
        return s.toString();
    }

    static String geminiOk(String... texts) {
        return gemini("Think first.", List.of(texts), "STOP", 200, 50, 30, 20);
    }
}
