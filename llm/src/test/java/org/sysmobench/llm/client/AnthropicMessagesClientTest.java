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
import org.sysmobench.llm.Message;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.client.FakeProviderServer.Reply;

@Tag("llm")
class AnthropicMessagesClientTest {
    private final TestRig rig = new TestRig();

    @Test
    void streamsThinkingTextAndCumulativeUsage() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.anthropicOk("---- MODULE ", "Counter ----")));
            Completion c = clients.forModel(TestRig.model(server, "claude-test"))
                    .complete(ChatRequest.of("You write TLA+.", "Model a counter.", 0));

            assertThat(c.text()).isEqualTo("---- MODULE Counter ----");
            assertThat(c.reasoningText()).isEqualTo("Think first.");
            // input 100 + cache read 50 + cache write 25; output is the last (cumulative) message_delta value
            assertThat(c.usage()).isEqualTo(new Usage(175, 50, 25, 40, 0));
            // 100*5 + 50*0.5 + 25*6.25 + 40*25 = 1681.25 per 1M
            assertThat(c.cost()).isEqualTo(Cost.usd(new BigDecimal("0.00168125")));
            assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(c.rawFinishReason()).isEqualTo("end_turn");
            assertThat(c.truncated()).isFalse();

            FakeProviderServer.Received req = server.received().get(0);
            assertThat(req.path()).isEqualTo("/v1/messages");
            assertThat(req.header("x-api-key")).isEqualTo(TestRig.ANTHROPIC_KEY);
            assertThat(req.header("Authorization")).isNull();
            assertThat(req.header("anthropic-version")).isEqualTo("2023-06-01");
            JsonNode body = new ObjectMapper().readTree(req.body());
            // The prompt cache is on by default for this protocol: system and last message are breakpoints.
            assertThat(body.path("system")).hasSize(1);
            assertThat(body.path("system").get(0).path("text").asText()).isEqualTo("You write TLA+.");
            assertThat(body.path("system").get(0).path("cache_control").path("type").asText()).isEqualTo("ephemeral");
            assertThat(body.path("messages")).hasSize(1);
            assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
            assertThat(body.path("max_tokens").asInt()).isEqualTo(4000);
            assertThat(body.path("thinking").path("type").asText()).isEqualTo("enabled");
            assertThat(body.path("thinking").path("budget_tokens").asInt()).isEqualTo(2000);
            assertThat(body.path("stream").asBoolean()).isTrue();
        }
    }

    @Test
    void aRepairConversationMarksItsSystemPromptAndLastTurnForThePromptCacheWithoutChangingItsCacheKey()
            throws Exception {
        ChatRequest conversation = new ChatRequest(List.of(Message.system("You write TLA+."),
                Message.user("Model a counter."), Message.assistant("---- MODULE Counter ----\n===="),
                Message.user("SANY says: line 2, unexpected ====. Fix it.")), 0);
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.anthropicOk("---- MODULE ", "Counter ----")));
            server.then(Reply.sse(WireFixtures.anthropicOk("---- MODULE ", "Counter ----")));
            StreamingLlmClient cached = (StreamingLlmClient) clients.forModel(TestRig.model(server, "claude-test"));
            StreamingLlmClient plain = (StreamingLlmClient) clients.forModel(TestRig.model(server, "claude-nocache"));
            cached.complete(conversation);
            plain.complete(conversation);

            ObjectMapper json = new ObjectMapper();
            JsonNode marked = json.readTree(server.received().get(0).body());
            assertThat(marked.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
            JsonNode turns = marked.path("messages");
            assertThat(turns).hasSize(3);
            assertThat(turns.get(0).path("content").isTextual()).isTrue();
            assertThat(turns.get(1).path("content").isTextual()).isTrue();
            assertThat(turns.get(2).at("/content/0/text").asText()).startsWith("SANY says");
            assertThat(turns.get(2).at("/content/0/cache_control/type").asText()).isEqualTo("ephemeral");
            // Off in the provider's dialect: the body is the plain one.
            JsonNode unmarked = json.readTree(server.received().get(1).body());
            assertThat(unmarked.path("system").asText()).isEqualTo("You write TLA+.");
            assertThat(unmarked.toString()).doesNotContain("cache_control");
            // The markers change the bill, not the answer: the cache key (and any cassette) is the same.
            assertThat(cached.identityOf(conversation).path("body")).isEqualTo(plain.identityOf(conversation).path("body"));
            assertThat(cached.identityOf(conversation).toString()).doesNotContain("cache_control");
        }
    }

    @Test
    void maxTokensStopIsTruncated() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.anthropic("", List.of("partial"), "max_tokens", 10, 0, 0, 4000, true)));
            Completion c = clients.forModel(TestRig.model(server, "claude-test")).complete(ChatRequest.of("s", "u", 0));

            assertThat(c.truncated()).isTrue();
            assertThat(c.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
    }

    @Test
    void overloadInsideTheStreamIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            String overloaded = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":"
                    + "{\"input_tokens\":5,\"output_tokens\":1}}}\n\nevent: error\ndata: {\"type\":\"error\",\"error\":"
                    + "{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";
            server.then(Reply.sse(overloaded)).then(Reply.sse(WireFixtures.anthropicOk("ok")));
            Completion c = clients.forModel(TestRig.model(server, "claude-test")).complete(ChatRequest.of("s", "u", 0));

            assertThat(c.text()).isEqualTo("ok");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(rig.observed.get(0)).contains("overloaded_error");
        }
    }
}
