package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.FinishReason;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.config.ModelCatalog;

/**
 * Cassettes committed under {@code src/test/resources/cassettes} replay for models of the shipped catalog,
 * offline and without keys. If this fails with a cache miss, the request body or the cache key changed:
 * every recorded cassette in the project would stop replaying, so either keep the format or re-record.
 */
@Tag("llm")
class CommittedCassetteTest {
    static final ChatRequest REQUEST = ChatRequest.of("You are an expert in TLA+.",
            "Write a TLA+ module Counter with one variable x that starts at 0 and increments.", 0);

    static Path cassettes() throws URISyntaxException {
        return Path.of(CommittedCassetteTest.class.getResource("/cassettes").toURI());
    }

    @Test
    void shippedCatalogModelsReplayFromCommittedCassettes() throws Exception {
        ModelCatalog catalog = ModelCatalog.loadDefault();
        try (LlmClients clients = LlmClients.builder().env(Map.of())
                .cache(new ResponseCache(cassettes(), CacheMode.REPLAY_ONLY)).build()) {
            LlmClient gpt = clients.forModel(catalog.model("gpt-5.5"));
            LlmClient opus = clients.forModel(catalog.model("claude-opus-5"));

            Completion g = gpt.complete(REQUEST);
            Completion o = opus.complete(REQUEST);

            assertThat(g.fromCache()).isTrue();
            assertThat(g.text()).startsWith("---- MODULE Counter ----").endsWith("====");
            assertThat(g.usage()).isEqualTo(new Usage(120, 20, 0, 30, 10));
            assertThat(g.cost()).isInstanceOf(Cost.Known.class);
            assertThat(o.text()).startsWith("---- MODULE Counter ----");
            assertThat(o.reasoningText()).isEqualTo("Think first.");
            assertThat(o.finishReason()).isEqualTo(FinishReason.STOP);
        }
    }
}
