package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.sysmobench.llm.cache.CacheEntry;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.config.ModelCatalog;

/** Regenerates the committed test cassettes: {@code java ... CassetteWriter llm/src/test/resources/cassettes}. */
final class CassetteWriter {
    private CassetteWriter() {
    }

    public static void main(String[] args) {
        ResponseCache cache = new ResponseCache(Path.of(args[0]), CacheMode.READ_WRITE);
        ModelCatalog catalog = ModelCatalog.loadDefault();
        String spec = "---- MODULE Counter ----\\nVARIABLE x\\nInit == x = 0\\nNext == x' = x + 1\\n====";
        write(cache, catalog, "gpt-5.5", WireFixtures.openAiOk(spec));
        write(cache, catalog, "claude-opus-5", WireFixtures.anthropicOk(spec));
    }

    private static void write(ResponseCache cache, ModelCatalog catalog, String model, String sse) {
        try (LlmClients clients = LlmClients.builder().build()) {
            StreamingLlmClient c = (StreamingLlmClient) clients.forModel(catalog.model(model));
            cache.store(new CacheEntry(c.cacheKeyOf(CommittedCassetteTest.REQUEST), model,
                    catalog.model(model).provider().protocol().id(), c.identityOf(CommittedCassetteTest.REQUEST), sse,
                    new ObjectMapper().createObjectNode().put("note", "hand-written fixture, not a real recording"),
                    Instant.parse("2026-11-29T03:30:00Z"), 0));
        }
    }
}
