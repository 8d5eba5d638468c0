package org.sysmobench.llm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Usage;

@Tag("llm")
class ModelCatalogTest {

    @Test
    void defaultCatalogLoadsWithDatedPricesAndProviderDialects() {
        ModelCatalog c = ModelCatalog.loadDefault();

        assertThat(c.modelNames()).contains("claude-opus-5", "gpt-5.5", "deepseek-v4-pro", "qwen2.5-coder-local");
        ModelConfig opus = c.model("claude-opus-5");
        assertThat(opus.provider().protocol()).isEqualTo(Protocol.ANTHROPIC_MESSAGES);
        assertThat(opus.provider().keyVariable()).hasValue("ANTHROPIC_API_KEY");
        assertThat(opus.provider().dialect().authHeader()).isEqualTo("x-api-key");
        assertThat(opus.price()).hasValueSatisfying(p -> {
            assertThat(p.input()).isEqualByComparingTo("5");
            assertThat(p.effective()).isEqualTo(LocalDate.of(2026, 11, 29));
        });
        assertThat(c.model("gpt-5.5").provider().dialect().maxTokensField()).isEqualTo("max_completion_tokens");
        assertThat(c.model("deepseek-v4-pro").provider().dialect().reasoningTextFields())
                .containsExactly("reasoning_content");
        assertThat(c.model("deepseek-v4-pro").costOf(Usage.ZERO)).isInstanceOf(Cost.Unknown.class);
        assertThat(c.model("qwen2.5-coder-local").provider().keyVariable()).isEmpty();
        for (String name : c.modelNames()) {
            c.model(name).price().ifPresent(p -> assertThat(p.source()).isNotBlank());
        }
    }

    @Test
    void errorsNameTheirPlace() {
        String base = """
                version: 1
                providers:
                  p: {protocol: openai-chat, base_url: "http://127.0.0.1:1/v1"}
                models:
                  m: {provider: p, model: x, params: {%s}}
                """;
        assertThatThrownBy(() -> ModelCatalog.parse(base.formatted("temprature: 0.2"), "t.yaml"))
                .hasMessageContaining("t.yaml: models.m.params.temprature: unknown field");
        assertThatThrownBy(() -> ModelCatalog.parse(base.formatted("max_tokens: lots"), "t.yaml"))
                .hasMessageContaining("models.m.params.max_tokens: expected an integer");
        assertThatThrownBy(() -> ModelCatalog.parse(base.replace("provider: p", "provider: q").formatted(""), "t.yaml"))
                .hasMessageContaining("models.m.provider: unknown provider 'q'");
        assertThatThrownBy(() -> ModelCatalog.parse(base.replace("version: 1", "version: 2").formatted(""), "t.yaml"))
                .hasMessageContaining("version: expected 1");
        assertThatThrownBy(() -> ModelCatalog.parse(base.formatted(""), "t.yaml").model("nope"))
                .hasMessageContaining("unknown model 'nope'").hasMessageContaining("[m]");
    }

    @Test
    void aKnobOfTheOtherProtocolIsAnErrorNotSilentlyDropped() {
        String yaml = """
                version: 1
                providers:
                  a: {protocol: anthropic-messages, base_url: "http://x"}
                  o: {protocol: openai-chat, base_url: "http://x"}
                models:
                  m: {provider: %s, model: x, params: {%s}}
                """;
        assertThatThrownBy(() -> ModelCatalog.parse(yaml.formatted("a", "reasoning_effort: high"), "t.yaml"))
                .hasMessageContaining("models.m.params.reasoning_effort: not an Anthropic Messages parameter");
        assertThatThrownBy(() -> ModelCatalog.parse(yaml.formatted("o", "thinking_budget: 100"), "t.yaml"))
                .hasMessageContaining("models.m.params.thinking_budget: not an OpenAI Chat parameter");
    }

    @Test
    void secretLookingHeadersAreRefused() {
        String yaml = """
                version: 1
                providers:
                  p: {protocol: openai-chat, base_url: "http://x", headers: {Authorization: "Bearer sk-123"}}
                models: {}
                """;
        assertThatThrownBy(() -> ModelCatalog.parse(yaml, "t.yaml")).hasMessageContaining("looks secret");
    }

    @Test
    void priceCountsCachedReadsWritesAndOutputSeparately() {
        Price p = new Price(new BigDecimal("3"), new BigDecimal("0.30"), new BigDecimal("3.75"), new BigDecimal("15"),
                LocalDate.of(2026, 11, 29), "test");
        // 1M input of which 200k cache reads and 100k cache writes; 50k output
        Cost c = p.costOf(new Usage(1_000_000, 200_000, 100_000, 50_000, 10_000));
        // 700k*3 + 200k*0.3 + 100k*3.75 + 50k*15 = 2.1 + 0.06 + 0.375 + 0.75
        assertThat(c).isEqualTo(Cost.usd(new BigDecimal("3.285")));
    }
}
