package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.llm.CacheMissException;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.client.FakeProviderServer.Reply;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.limits.RunBudget;

@Tag("llm")
class CacheReplayTest {
    private static final ChatRequest REQUEST = ChatRequest.of("You write TLA+.", "Model a lock.", 0);
    private final TestRig rig = new TestRig();
    @TempDir
    Path cacheDir;

    @Test
    void recordedCallsReplayWithTheServerDownAndNoKey() throws Exception {
        ModelConfig gpt;
        ModelConfig claude;
        Completion liveGpt;
        Completion liveClaude;
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
            server.then(Reply.sse(WireFixtures.openAiOk("VARIABLE ", "lock")))
                    .then(Reply.sse(WireFixtures.anthropicOk("---- MODULE ", "Lock ----")));
            gpt = TestRig.model(server, "gpt-test");
            claude = TestRig.model(server, "claude-test");
            liveGpt = clients.forModel(gpt).complete(REQUEST);
            liveClaude = clients.forModel(claude).complete(REQUEST);
            // read-write serves the second identical call from the cache
            Completion again = clients.forModel(gpt).complete(REQUEST);
            assertThat(again.fromCache()).isTrue();
            assertThat(again.attempts()).isZero();
            assertThat(again.text()).isEqualTo(liveGpt.text());
            assertThat(server.received()).hasSize(2);
            assertThat(clients.budget().liveCalls()).isEqualTo(2);
        }
        assertThat(entryFiles()).hasSize(2);
        assertThat(tempFiles()).isEmpty();

        // The server is gone; no key in the environment: replay-only must not need either.
        try (LlmClients replay = LlmClients.builder().cache(new ResponseCache(cacheDir, CacheMode.REPLAY_ONLY))
                .settings(rig.settings()).build()) {
            Completion g = replay.forModel(gpt).complete(REQUEST);
            Completion c = replay.forModel(claude).complete(REQUEST);

            assertThat(g.fromCache()).isTrue();
            assertThat(g.text()).isEqualTo("VARIABLE lock");
            assertThat(g.usage()).isEqualTo(liveGpt.usage());
            assertThat(g.cost()).isEqualTo(liveGpt.cost());
            assertThat(g.cacheKey()).isEqualTo(liveGpt.cacheKey());
            assertThat(c.text()).isEqualTo("---- MODULE Lock ----");
            assertThat(c.reasoningText()).isEqualTo(liveClaude.reasoningText());
            assertThat(c.usage()).isEqualTo(liveClaude.usage());
            assertThat(c.finishReason()).isEqualTo(liveClaude.finishReason());
            assertThat(replay.budget().liveCalls()).isZero();
        }
    }

    @Test
    void entryIsReadableJsonHoldingTheRawStreamAndTheRequestIdentity() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
            String stream = WireFixtures.openAiOk("hello");
            server.then(Reply.sse(stream));
            Completion c = clients.forModel(TestRig.model(server, "gpt-test")).complete(REQUEST);

            JsonNode entry = new ObjectMapper().readTree(cacheDir.resolve(c.cacheKey() + ".json").toFile());
            assertThat(entry.path("schema").asInt()).isEqualTo(1);
            assertThat(entry.path("model").asText()).isEqualTo("gpt-test");
            assertThat(entry.path("response_body").asText()).isEqualTo(stream);
            assertThat(entry.path("request").path("sample_index").asInt()).isZero();
            assertThat(entry.path("request").path("base_url").asText()).isEqualTo(server.baseUrl() + "/v1");
            assertThat(entry.path("request").path("body").path("model").asText()).isEqualTo("gpt-test-2026");
            assertThat(entry.path("summary").path("text").asText()).isEqualTo("hello");
        }
    }

    @Test
    void replayOnlyMissNamesKeyAndModelAndSendsNothing() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.REPLAY_ONLY, RunBudget.unlimited(Clock.systemUTC()))) {
            StreamingLlmClient client = (StreamingLlmClient) clients.forModel(TestRig.model(server, "gpt-test"));
            String key = client.cacheKeyOf(REQUEST);

            assertThatThrownBy(() -> client.complete(REQUEST))
                    .isInstanceOfSatisfying(CacheMissException.class, e -> {
                        assertThat(e.cacheKey()).isEqualTo(key);
                        assertThat(e.modelName()).isEqualTo("gpt-test");
                    })
                    .hasMessageContaining(key).hasMessageContaining("'gpt-test'").hasMessageContaining("replay-only");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void sampleIndexModelAndParamsAreInTheKeyButTheApiKeyIsNot() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients a = rig.clients();
             LlmClients b = LlmClients.builder().env(Map.of("FAKE_OPENAI_KEY", "sk-other-key-1234567890"))
                     .settings(rig.settings()).build()) {
            ModelConfig gpt = TestRig.model(server, "gpt-test");
            StreamingLlmClient ca = (StreamingLlmClient) a.forModel(gpt);
            StreamingLlmClient cb = (StreamingLlmClient) b.forModel(gpt);
            StreamingLlmClient hotter = (StreamingLlmClient) a.forModel(gpt.withParams(
                    org.sysmobench.llm.config.GenerationParams.builder().maxTokens(2000).temperature(0.9).reasoningEffort("high").build()));

            assertThat(ca.cacheKeyOf(REQUEST)).isEqualTo(cb.cacheKeyOf(REQUEST));
            assertThat(ca.cacheKeyOf(REQUEST)).isNotEqualTo(ca.cacheKeyOf(ChatRequest.of("You write TLA+.", "Model a lock.", 1)));
            assertThat(ca.cacheKeyOf(REQUEST)).isNotEqualTo(hotter.cacheKeyOf(REQUEST));
            assertThat(ca.cacheKeyOf(REQUEST)).isNotEqualTo(
                    ((StreamingLlmClient) a.forModel(TestRig.model(server, "claude-test"))).cacheKeyOf(REQUEST));
        }
    }

    @Test
    void truncatedAnswersAndErrorsAreNeverCached() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
            server.then(Reply.sse(WireFixtures.openAi(List.of("half"), "reasoning_content", "", "length", 5, 0, 2000, 0, true)))
                    .then(Reply.sse(WireFixtures.openAi(List.of("half"), "reasoning_content", "", "length", 5, 0, 2000, 0, true)))
                    .then(Reply.error(404, "{\"error\":{\"message\":\"The model does not exist\",\"code\":\"model_not_found\"}}"));
            var client = clients.forModel(TestRig.model(server, "gpt-test"));

            Completion first = client.complete(REQUEST);
            Completion second = client.complete(REQUEST);
            assertThatThrownBy(() -> client.complete(REQUEST)).isInstanceOf(ProviderCallException.class)
                    .hasMessageContaining("model_not_found");

            assertThat(first.truncated()).isTrue();
            assertThat(second.truncated()).isTrue();
            assertThat(second.fromCache()).isFalse();
            assertThat(server.received()).hasSize(3);
            assertThat(entryFiles()).isEmpty();
        }
    }

    @Test
    void offModeNeitherReadsNorWrites() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer();
             LlmClients clients = rig.clients(cacheDir, CacheMode.OFF, RunBudget.unlimited(Clock.systemUTC()))) {
            server.then(Reply.sse(WireFixtures.openAiOk("a"))).then(Reply.sse(WireFixtures.openAiOk("a")));
            var client = clients.forModel(TestRig.model(server, "gpt-test"));
            client.complete(REQUEST);
            assertThat(client.complete(REQUEST).fromCache()).isFalse();
            assertThat(server.received()).hasSize(2);
            assertThat(entryFiles()).isEmpty();
        }
    }

    /**
     * Committed cassettes are read-only fixtures behind the user's cache: a request they hold replays from
     * them; a new answer is written to the user's cache only, and the fixture folder is never touched.
     */
    @Test
    void fixtureFoldersAreReadButNeverWritten() throws Exception {
        Path fixtures = Files.createDirectories(cacheDir.resolve("cassettes"));
        Path userCache = cacheDir.resolve("user-cache");
        ChatRequest other = ChatRequest.of("You write TLA+.", "Model a queue.", 0);
        try (FakeProviderServer server = new FakeProviderServer()) {
            server.then(Reply.sse(WireFixtures.openAiOk("recorded")))
                    .then(Reply.sse(WireFixtures.openAiOk("new answer")));
            ModelConfig gpt = TestRig.model(server, "gpt-test");
            try (LlmClients recorder = rig.clients(fixtures, CacheMode.READ_WRITE, RunBudget.unlimited(Clock.systemUTC()))) {
                recorder.forModel(gpt).complete(REQUEST);
            }
            List<String> committed;
            try (Stream<Path> f = Files.list(fixtures)) {
                committed = f.map(p -> p.getFileName().toString()).sorted().toList();
            }
            try (LlmClients clients = LlmClients.builder().env(TestRig.env())
                    .cache(new ResponseCache(userCache, CacheMode.READ_WRITE, List.of(fixtures)))
                    .settings(rig.settings()).build()) {
                Completion replayed = clients.forModel(gpt).complete(REQUEST);
                Completion fresh = clients.forModel(gpt).complete(other);

                assertThat(replayed.fromCache()).isTrue();
                assertThat(replayed.text()).isEqualTo("recorded");
                assertThat(fresh.fromCache()).isFalse();
                assertThat(fresh.text()).isEqualTo("new answer");
            }
            try (Stream<Path> f = Files.list(fixtures); Stream<Path> u = Files.list(userCache)) {
                assertThat(f.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(committed);
                assertThat(u.filter(p -> p.toString().endsWith(".json"))).hasSize(1);
            }
            assertThat(server.received()).hasSize(2);
        }
    }

    @Test
    void theUserCacheFollowsXdg() {
        assertThat(ResponseCache.userCacheDir(Map.of("XDG_CACHE_HOME", "/tmp/xdg")))
                .isEqualTo(Path.of("/tmp/xdg/sysmobench/responses"));
        assertThat(ResponseCache.userCacheDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "sysmobench", "responses"));
    }

    private List<Path> entryFiles() throws Exception {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private List<Path> tempFiles() throws Exception {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
