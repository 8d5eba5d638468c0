package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.client.FakeProviderServer.Reply;

@Tag("llm")
class OpenAiChatClientTest {
    private final TestRig rig = new TestRig();

    @Test
    void streamsTextAndUsageAndSendsTheDialectsBody() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.openAiOk("VARIABLE ", "x\\n", "Init == x = 0")));
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            Completion c = client.complete(ChatRequest.of("You write TLA+.", "Model a counter.", 0));

            assertThat(c.text()).isEqualTo("VARIABLE x\nInit == x = 0");
            assertThat(c.usage()).isEqualTo(new Usage(120, 20, 0, 30, 10));
            // (120-20)*1.25 + 20*0.125 + 30*10 = 427.5 per 1M tokens
            assertThat(c.cost()).isEqualTo(Cost.usd(new BigDecimal("0.0004275")));
            assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(c.truncated()).isFalse();
            assertThat(c.fromCache()).isFalse();
            assertThat(c.attempts()).isEqualTo(1);

            FakeProviderServer.Received req = server.received().get(0);
            assertThat(req.path()).isEqualTo("/v1/chat/completions");
            assertThat(req.header("Authorization")).isEqualTo("Bearer " + TestRig.OPENAI_KEY);
            assertThat(req.header("Accept")).isEqualTo("text/event-stream");
            JsonNode body = new ObjectMapper().readTree(req.body());
            assertThat(body.path("model").asText()).isEqualTo("gpt-test-2026");
            assertThat(body.path("stream").asBoolean()).isTrue();
            assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
            assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(2000);
            assertThat(body.has("max_tokens")).isFalse();
            assertThat(body.path("reasoning_effort").asText()).isEqualTo("high");
            assertThat(body.path("temperature").asDouble()).isEqualTo(0.5);
            assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
            assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Model a counter.");
        }
    }

    @Test
    void deepSeekDialectUsesMaxTokensAndReadsReasoningContent() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.openAi(List.of("answer"), "reasoning_content", "because", "stop",
                    50, 0, 9, 4, true)));
            Completion c = clients.forModel(TestRig.model(server, "deepseek-test"))
                    .complete(ChatRequest.of("s", "u", 0));

            assertThat(c.text()).isEqualTo("answer");
            assertThat(c.reasoningText()).isEqualTo("because");
            assertThat(c.cost()).isInstanceOf(Cost.Unknown.class);
            assertThat(c.cost().toString()).contains("cost unknown");
            FakeProviderServer.Received req = server.received().get(0);
            assertThat(req.path()).isEqualTo("/chat/completions");
            JsonNode body = new ObjectMapper().readTree(req.body());
            assertThat(body.path("max_tokens").asInt()).isEqualTo(1000);
            assertThat(body.has("max_completion_tokens")).isFalse();
        }
    }

    @Test
    void finishReasonLengthIsReportedTruncated() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.openAi(List.of("half a spe"), "reasoning_content", "", "length",
                    10, 0, 2000, 0, true)));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(ChatRequest.of("s", "u", 0));

            assertThat(c.truncated()).isTrue();
            assertThat(c.finishReason()).isEqualTo(FinishReason.LENGTH);
            assertThat(c.text()).isEqualTo("half a spe");
        }
    }

    // Streams that end without [DONE] and servers that do not stream: ProviderFaultTest.

}
