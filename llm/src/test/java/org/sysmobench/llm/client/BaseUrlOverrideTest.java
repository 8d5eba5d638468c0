package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.client.FakeProviderServer.Reply;
import org.sysmobench.llm.config.ModelCatalog;

/**
 * A provider's base-URL variable (OPENAI_BASE_URL and its kin) sends its models to another server, as the
 * providers' SDKs do, without a catalog of one's own: here the catalog points at a closed port and the
 * variable at the fake server.
 */
@Tag("llm")
class BaseUrlOverrideTest {
    private final TestRig rig = new TestRig();

    private static ModelCatalog catalogElsewhere() {
        return ModelCatalog.parse("""
                version: 1
                providers:
                  gateway:
                    protocol: openai-chat
                    base_url: http://127.0.0.1:9/v1
                    base_url_env: FAKE_BASE_URL
                    key_env: FAKE_OPENAI_KEY
                models:
                  gw-model:
                    provider: gateway
                    model: gw-1
                """, "test catalog");
    }

    @Test
    void theVariableDecidesWhereRequestsGoAndIsPartOfTheCacheKey() throws Exception {
        try (FakeProviderServer server = new FakeProviderServer()) {
            server.then(Reply.sse(WireFixtures.openAiOk("via the gateway")));
            Map<String, String> env = new HashMap<>(TestRig.env());
            env.put("FAKE_BASE_URL", server.baseUrl() + "/v1/");
            try (LlmClients clients = LlmClients.builder().env(env).settings(rig.settings()).build();
                 LlmClients plain = LlmClients.builder().env(TestRig.env()).settings(rig.settings()).build()) {
                StreamingLlmClient client = (StreamingLlmClient) clients.forModel(catalogElsewhere().model("gw-model"));
                Completion c = client.complete(ChatRequest.of("s", "u", 0));

                assertThat(c.text()).isEqualTo("via the gateway");
                assertThat(server.received()).singleElement()
                        .satisfies(r -> assertThat(r.path()).isEqualTo("/v1/chat/completions"));
                StreamingLlmClient direct = (StreamingLlmClient) plain.forModel(catalogElsewhere().model("gw-model"));
                assertThat(client.cacheKeyOf(ChatRequest.of("s", "u", 0)))
                        .isNotEqualTo(direct.cacheKeyOf(ChatRequest.of("s", "u", 0)));
            }
        }
    }

    @Test
    void aVariableThatIsNoUrlIsRefusedWithItsName() {
        try (LlmClients clients = LlmClients.builder().env(Map.of("FAKE_BASE_URL", "localhost:4000"))
                .settings(rig.settings()).build()) {
            assertThatThrownBy(() -> clients.forModel(catalogElsewhere().model("gw-model")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FAKE_BASE_URL must be an http(s) URL");
        }
    }

    @Test
    void theShippedCatalogNamesTheSdkVariables() {
        ModelCatalog shipped = ModelCatalog.loadDefault();
        assertThat(shipped.providers().get("openai").baseUrlEnv()).isEqualTo("OPENAI_BASE_URL");
        assertThat(shipped.providers().get("anthropic").baseUrlEnv()).isEqualTo("ANTHROPIC_BASE_URL");
        assertThat(shipped.providers().get("gemini").baseUrlEnv()).isEqualTo("GOOGLE_GEMINI_BASE_URL");
    }
}
