package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.llm.QuotaExhaustedException;
import org.sysmobench.llm.RunStoppedException;
import org.sysmobench.llm.client.FakeProviderServer.Reply;

@Tag("llm")
class RetryAndFailureTest {
    private static final ChatRequest REQUEST = ChatRequest.of("s", "u", 0);
    private final TestRig rig = new TestRig();

    @Test
    void rateLimitWithRetryAfterWaitsWhatTheServerAsked() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            String body = "{\"error\":{\"message\":\"Rate limit reached for gpt-test on tokens per min (TPM)\","
                    + "\"type\":\"tokens\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}";
            server.then(Reply.error(429, body, "retry-after", "2"))
                    .then(Reply.sse(WireFixtures.openAiOk("done")));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(c.text()).isEqualTo("done");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(rig.waits).containsExactly(Duration.ofSeconds(2));
            assertThat(rig.observed.get(0)).contains("attempt 1", "HTTP 429", "rate_limit_exceeded");
            assertThat(server.received()).hasSize(2);
        }
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(429, "{}", "retry-after-ms", "1500", "retry-after", "9"))
                    .then(Reply.sse(WireFixtures.openAiOk("done")));
            clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(rig.waits).containsExactly(Duration.ofMillis(1500));
        }
    }

    @Test
    void anthropicResetHeaderIsHonouredForTheExhaustedLimit() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            String body = "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}";
            server.then(Reply.error(429, body,
                            "anthropic-ratelimit-requests-remaining", "12",
                            "anthropic-ratelimit-requests-reset", TestRig.NOW.plusSeconds(50).toString(),
                            "anthropic-ratelimit-output-tokens-remaining", "0",
                            "anthropic-ratelimit-output-tokens-reset", TestRig.NOW.plusSeconds(7).toString()))
                    .then(Reply.sse(WireFixtures.anthropicOk("ok")));
            clients.forModel(TestRig.model(server, "claude-test")).complete(REQUEST);

            assertThat(rig.waits).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void serviceUnavailableBacksOffExponentiallyWithSeededJitter() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(503, "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}"))
                    .then(Reply.error(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
                    .then(Reply.sse(WireFixtures.openAiOk("done")));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            assertThat(c.attempts()).isEqualTo(3);
            assertThat(rig.waits).hasSize(2);
            // 500 ms then 1000 ms, each shortened by up to 25 % jitter
            assertThat(rig.waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
            assertThat(rig.waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
            // seeded: the same seed gives the same waits
            TestRig again = new TestRig();
            try (FakeProviderServer s2 = new FakeProviderServer(); LlmClients c2 = again.clients()) {
                s2.then(Reply.error(503, "{}")).then(Reply.error(529, "{}")).then(Reply.sse(WireFixtures.openAiOk("x")));
                c2.forModel(TestRig.model(s2, "gpt-test")).complete(REQUEST);
            }
            assertThat(again.waits).isEqualTo(rig.waits);
        }
    }

    @Test
    void stalledStreamIsAbortedByTheIdleTimeoutAndRetried() throws Exception {
        TestRig rig = new TestRig(Duration.ofMillis(1000));
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            // warm the JVM's HTTP stack so the first headers cannot be what times out
            server.then(Reply.sse(WireFixtures.openAiOk("warm")));
            clients.forModel(TestRig.model(server, "gpt-test")).complete(ChatRequest.of("s", "warm-up", 0));
            rig.observed.clear();
            server.then(Reply.sse(WireFixtures.openAiOk("never", "finished")).stallingAfter(2, Duration.ofSeconds(20)))
                    .then(Reply.sse(WireFixtures.openAiOk("second ", "try")));
            long start = System.nanoTime();
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(c.text()).isEqualTo("second try");
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(rig.observed.get(0)).contains("stream stalled");
            // idle timeout is 1 s; without the watchdog this would hang for 20 s
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void persistentFailureExhaustsRetries() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            for (int i = 0; i < 3; i++) {
                server.then(Reply.error(500, "{\"error\":{\"message\":\"internal\",\"type\":\"server_error\"}}"));
            }
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.RETRIES_EXHAUSTED);
                        assertThat(e.httpStatus()).hasValue(500);
                    })
                    .hasMessageContaining("gave up after 3 attempts");
            assertThat(server.received()).hasSize(3);
        }
    }

    @Test
    void unauthorizedIsNotRetriedAndSaysWhichVariable() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                    + "\"message\":\"invalid x-api-key\"}}"));
            LlmClient client = clients.forModel(TestRig.model(server, "claude-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.AUTHENTICATION))
                    .hasMessageContaining("HTTP 401")
                    .hasMessageContaining("authentication_error: invalid x-api-key")
                    .hasMessageContaining("FAKE_ANTHROPIC_KEY");
            assertThat(server.received()).hasSize(1);
            assertThat(rig.waits).isEmpty();
        }
    }

    @Test
    void badRequestIsNotRetried() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(400, "{\"error\":{\"message\":\"Unsupported parameter: 'max_tokens'\","
                    + "\"type\":\"invalid_request_error\",\"param\":\"max_tokens\",\"code\":\"unsupported_parameter\"}}"));
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.REJECTED))
                    .hasMessageContaining("unsupported_parameter");
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void openAiInsufficientQuotaStopsTheRunWithoutRetrying() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(429, "{\"error\":{\"message\":\"You exceeded your current quota, please check"
                    + " your plan and billing details.\",\"type\":\"insufficient_quota\",\"param\":null,"
                    + "\"code\":\"insufficient_quota\"}}", "retry-after", "1"));
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOf(RunStoppedException.class)
                    .isInstanceOf(QuotaExhaustedException.class)
                    .hasMessageContaining("quota or credit exhausted for model 'gpt-test'")
                    .hasMessageContaining("insufficient_quota");
            assertThat(server.received()).hasSize(1);
            assertThat(rig.waits).isEmpty();
        }
    }

    @Test
    void anthropicBillingErrorStopsTheRun() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            server.then(Reply.error(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                    + "\"message\":\"Your credit balance is too low to access the Anthropic API.\"}}"));
            LlmClient client = clients.forModel(TestRig.model(server, "claude-test"));

            assertThatThrownBy(() -> client.complete(REQUEST)).isInstanceOf(QuotaExhaustedException.class)
                    .hasMessageContaining("credit balance is too low");
            assertThat(server.received()).hasSize(1);
        }
    }

    @Test
    void missingKeyVariableIsAConfigurationErrorBeforeAnyRequest() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = LlmClients.builder().settings(rig.settings()).build()) {
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(ProviderCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.CONFIGURATION))
                    .hasMessageContaining("FAKE_OPENAI_KEY");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void concurrencyLimitBoundsInFlightRequestsPerProvider() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer(); LlmClients clients = rig.clients()) {
            // The provider of gpt-test allows 2 connections; each answer takes about 8 x 30 ms.
            for (int i = 0; i < 5; i++) {
                server.then(Reply.sse(WireFixtures.openAiOk("a", "b")).pacedBy(Duration.ofMillis(30)));
            }
            LlmClient client = clients.forModel(TestRig.model(server, "gpt-test"));
            List<Thread> threads = new java.util.ArrayList<>();
            List<Completion> done = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int i = 0; i < 5; i++) {
                int sample = i;
                threads.add(new Thread(() -> done.add(client.complete(ChatRequest.of("s", "u", sample)))));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(10_000);
            }
            assertThat(done).hasSize(5).allSatisfy(c -> assertThat(c.text()).isEqualTo("ab"));
            assertThat(server.maxInFlight()).isEqualTo(2);
        }
    }
}
