package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.client.FakeProviderServer.Reply;
import org.sysmobench.llm.limits.RunBudget;

/**
 * Faults of providers and of what sits between us and them, each against the fake server speaking the
 * provider's wire format: only a stream that ends normally with a stop reason is the model's answer;
 * anything else is retried, and a fault that persists is a provider failure with the spend unknown,
 * never a truncated answer to score.
 */
@Tag("llm")
class ProviderFaultTest {
    private static final ChatRequest REQUEST = ChatRequest.of("s", "u", 0);
    private final TestRig rig = new TestRig();

    @TempDir Path cacheDir;

    @Test
    void anOpenAiStreamClosedCleanlyBeforeDoneIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.openAi(List.of("cut ", "off"), "reasoning_content", "", null,
                            0, 0, 0, 0, false)))
                    .then(Reply.sse(WireFixtures.openAiOk("whole")));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("whole");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(c.truncated()).isFalse();
            assertThat(rig.observed.get(0)).contains("attempt 1", "the stream ended before its end marker");
            assertThat(rig.waits).hasSize(1);
        }
    }

    @Test
    void anAnthropicStreamWithoutMessageStopIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.anthropic("", List.of("partial"), "end_turn", 10, 0, 0, 5, false)))
                    .then(Reply.sse(WireFixtures.anthropicOk("whole")));
            Completion c = clients.forModel(TestRig.model(server, "claude-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("whole");
            assertThat(c.attempts()).isEqualTo(2);
        }
    }

    @Test
    void aGeminiStreamWithoutFinishReasonIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.gemini("", List.of("partial"), null, 10, 0, 3, 0)))
                    .then(Reply.sse(WireFixtures.geminiOk("whole")));
            Completion c = clients.forModel(TestRig.model(server, "gemini-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("whole");
            assertThat(c.attempts()).isEqualTo(2);
        }
    }

    @Test
    void aBodyWithTheWrongContentTypeIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[]}"))
                    .then(Reply.sse(WireFixtures.openAiOk("streamed")));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("streamed");
            assertThat(rig.observed.get(0)).contains("expected an event stream but got application/json");
        }
    }

    @Test
    void aJsonBodyLabelledAsAnEventStreamIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.labelledAsStream("{\"type\":\"message\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}"))
                    .then(Reply.sse(WireFixtures.anthropicOk("streamed")));
            Completion c = clients.forModel(TestRig.model(server, "claude-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("streamed");
            assertThat(rig.observed.get(0)).contains("the stream ended before its end marker");
        }
    }

    @Test
    void aConnectionDroppedMidStreamIsRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.sse(WireFixtures.openAiOk("never ", "finished")).droppingAfter(2))
                    .then(Reply.sse(WireFixtures.openAiOk("second")));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("second");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(rig.observed.get(0)).containsAnyOf("the stream broke", "connection failed");
        }
    }

    @Test
    void aFaultThatPersistsIsAProviderFailureWithTheSpendUnknownAndNothingCached() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
            for (int i = 0; i < 3; i++) {
                server.then(Reply.sse(WireFixtures.openAi(List.of("cut"), "reasoning_content", "", null, 0, 0, 0, 0,
                        false)));
            }
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.RETRIES_EXHAUSTED);
                        assertThat(e.spendUnknown()).isTrue();
                    })
                    .hasMessageContaining("gave up after 3 attempts")
                    .hasMessageContaining("spend unknown");
            assertThat(server.received()).hasSize(3);
            try (Stream<Path> files = Files.list(cacheDir)) {
                assertThat(files.filter(p -> p.toString().endsWith(".json"))).isEmpty();
            }
        }
    }

    @Test
    void rejectionsBeforeAnyAcceptedAttemptLeaveTheSpendKnown() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            for (int i = 0; i < 3; i++) {
                server.then(Reply.error(503, "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}"));
            }
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class, e -> assertThat(e.spendUnknown()).isFalse())
                    .hasMessageNotContaining("spend unknown");
        }
    }
}
