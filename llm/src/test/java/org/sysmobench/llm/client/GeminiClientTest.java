package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.sysmobench.llm.QuotaExhaustedException;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.client.FakeProviderServer.Reply;

/** Gemini's own streaming API against a real local server speaking its wire format. */
@Tag("llm")
class GeminiClientTest {
    private final TestRig rig = new TestRig();

    @Test
    void streamsThoughtsTextAndUsageAndSendsGeminisBody() throws Exception {
        ChatRequest conversation = new ChatRequest(List.of(Message.system("You write TLA+."),
                Message.user("Model a counter."), Message.assistant("---- MODULE Counter ----"),
                Message.user("Close the module.")), 0);
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.geminiOk("---- MODULE ", "Counter ----")));
            Completion c = clients.forModel(TestRig.model(server, "gemini-test")).complete(conversation);

            assertThat(c.text()).isEqualTo("---- MODULE Counter ----");
            assertThat(c.reasoningText()).isEqualTo("Think first.");
            // prompt 200 of which 50 cached; output = candidates 30 + thoughts 20, thoughts being reasoning
            assertThat(c.usage()).isEqualTo(new Usage(200, 50, 0, 50, 20));
            // 150*1.25 + 50*0.125 + 50*10 = 693.75 per 1M
            assertThat(c.cost()).isEqualTo(Cost.usd(new BigDecimal("0.00069375")));
            assertThat(c.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(c.truncated()).isFalse();

            FakeProviderServer.Received req = server.received().get(0);
            assertThat(req.path()).isEqualTo("/v1beta/models/gemini-test-1:streamGenerateContent");
            assertThat(req.header("x-goog-api-key")).isEqualTo(TestRig.GEMINI_KEY);
            assertThat(req.header("Authorization")).isNull();
            JsonNode body = new ObjectMapper().readTree(req.body());
            assertThat(body.has("model")).as("the URL names the model").isFalse();
            assertThat(body.at("/systemInstruction/parts/0/text").asText()).isEqualTo("You write TLA+.");
            assertThat(body.path("contents")).hasSize(3);
            assertThat(body.path("contents").findValuesAsText("role")).containsExactly("user", "model", "user");
            assertThat(body.at("/contents/2/parts/0/text").asText()).isEqualTo("Close the module.");
            assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(3000);
            assertThat(body.at("/generationConfig/temperature").asDouble()).isEqualTo(0.2);
            assertThat(body.at("/generationConfig/thinkingConfig/thinkingBudget").asInt()).isEqualTo(1000);
            assertThat(body.at("/generationConfig/thinkingConfig/includeThoughts").asBoolean()).isTrue();
        }
    }

    @Test
    void maxTokensIsTheModelsAnswerTruncated() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.gemini("", List.of("partial"), "MAX_TOKENS", 10, 0, 3000, 0)));
            var client = clients.forModel(TestRig.model(server, "gemini-test"));

            Completion capped = client.complete(ChatRequest.of("s", "u", 0));
            assertThat(capped.truncated()).isTrue();
            assertThat(capped.finishReason()).isEqualTo(FinishReason.LENGTH);
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void aRateLimitWithRetryAfterIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(429, "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check"
                    + " quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}", "Retry-After", "7"))
                    .then(Reply.sse(WireFixtures.geminiOk("ok")));
            Completion c = clients.forModel(TestRig.model(server, "gemini-test")).complete(ChatRequest.of("s", "u", 0));

            assertThat(c.text()).isEqualTo("ok");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(rig.waits).containsExactly(java.time.Duration.ofSeconds(7));
        }
    }

    @Test
    void anExhaustedQuotaStopsTheRunWithoutRetrying() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(429, "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota,"
                    + " please check your plan and billing details.\",\"status\":\"RESOURCE_EXHAUSTED\"}}"));
            var client = clients.forModel(TestRig.model(server, "gemini-test"));

            assertThatThrownBy(() -> client.complete(ChatRequest.of("s", "u", 0)))
                    .isInstanceOf(QuotaExhaustedException.class)
                    .hasMessageContaining("RESOURCE_EXHAUSTED");
            assertThat(server.received()).hasSize(1);
            assertThat(rig.waits).isEmpty();
        }
    }

    @Test
    void theCacheKeyTellsGeminiModelsApartThoughTheModelIsOnlyInTheUrl() {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            ChatRequest request = ChatRequest.of("You write TLA+.", "Model a counter.", 0);
            StreamingLlmClient pro = (StreamingLlmClient) clients.forModel(TestRig.model(server, "gemini-test"));
            StreamingLlmClient flash = (StreamingLlmClient) clients.forModel(TestRig.model(server, "gemini-test-flash"));
            assertThat(pro.cacheKeyOf(request)).isNotEqualTo(flash.cacheKeyOf(request));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
