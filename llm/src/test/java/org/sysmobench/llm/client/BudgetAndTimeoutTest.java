package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.BudgetExceededException;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.client.FakeProviderServer.Reply;
import org.sysmobench.llm.limits.RunBudget;

@Tag("llm")
class BudgetAndTimeoutTest {
    private final TestRig rig = new TestRig();
    @TempDir
    Path cacheDir;

    @Test
    void exceededBudgetStopsBeforeTheNextRequestButCacheHitsStillServe() throws Exception {
        RunBudget budget = RunBudget.of(new BigDecimal("0.0004"), Duration.ofHours(1), Clock.systemUTC());
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, budget)) {
            server.then(Reply.sse(WireFixtures.openAiOk("one")));
            var client = clients.forModel(TestRig.model(server, "gpt-test"));
            client.complete(ChatRequest.of("s", "u", 0)); // costs $0.0004275

            assertThatThrownBy(() -> client.complete(ChatRequest.of("s", "u", 1)))
                    .isInstanceOf(BudgetExceededException.class).hasMessageContaining("$0.0004");
            assertThat(server.received()).hasSize(1);
            // a recorded answer costs nothing, so it is still served
            assertThat(client.complete(ChatRequest.of("s", "u", 0)).fromCache()).isTrue();
        }
    }

    @Test
    void totalCapEndsASlowButLiveStreamWithoutRetry() throws Exception {
        TestRig slow = new TestRig(Duration.ofSeconds(5));
        ClientSettings s = slow.settings().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(600));
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = LlmClients.builder().env(TestRig.env()).settings(s).build()) {
            server.then(Reply.sse(WireFixtures.openAiOk("a", "b", "c", "d", "e", "f", "g")).pacedBy(Duration.ofMillis(150)));
            var client = clients.forModel(TestRig.model(server, "gpt-test"));

            assertThatThrownBy(() -> client.complete(ChatRequest.of("s", "u", 0)))
                    .isInstanceOfSatisfying(ProviderCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(ProviderCallException.Kind.TOTAL_TIMEOUT));
            assertThat(server.received()).hasSize(1);
        }
    }
}
