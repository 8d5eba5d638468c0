package org.sysmobench.llm.client;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.limits.RunBudget;

/**
 * Shared setup for client tests: a catalog pointing at a fake server, settings with short timeouts, a
 * recording sleeper (no real waiting), a seeded random and a fixed clock.
 */
final class TestRig {
    static final String OPENAI_KEY = "sk-SENTINEL-openai-5f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String ANTHROPIC_KEY = "fake-ant-SENTINEL-anthropic-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String GEMINI_KEY = "fake-gemini-SENTINEL-7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    static final Instant NOW = Instant.parse("2026-11-29T03:30:00Z");

    private final Duration idleTimeout;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    final List<String> observed = Collections.synchronizedList(new ArrayList<>());

    /** Idle timeout 5 s: a cold JVM on a busy machine can take most of a second for the first headers. */
    TestRig() {
        this(Duration.ofSeconds(5));
    }

    TestRig(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    static ModelCatalog catalog(FakeProviderServer server) {
        String yaml = """
                version: 1
                providers:
                  fake-openai:
                    protocol: openai-chat
                    base_url: %1$s/v1
                    key_env: FAKE_OPENAI_KEY
                    max_connections: 2
                  fake-deepseek:
                    protocol: openai-chat
                    base_url: %1$s
                    key_env: FAKE_OPENAI_KEY
                    dialect: {max_tokens_field: max_tokens, reasoning_text_fields: [reasoning_content], include_usage: true}
                  fake-anthropic:
                    protocol: anthropic-messages
                    base_url: %1$s
                    key_env: FAKE_ANTHROPIC_KEY
                    headers: {anthropic-version: "2023-06-01"}
                  fake-gemini:
                    protocol: gemini-generate-content
                    base_url: %1$s
                    key_env: FAKE_GEMINI_KEY
                  fake-anthropic-nocache:
                    protocol: anthropic-messages
                    base_url: %1$s
                    key_env: FAKE_ANTHROPIC_KEY
                    headers: {anthropic-version: "2023-06-01"}
                    dialect: {prompt_cache: false}
                models:
                  gpt-test:
                    provider: fake-openai
                    model: gpt-test-2026
                    params: {max_tokens: 2000, reasoning_effort: high, temperature: 0.5}
                    price: {input: 1.25, cached_input: 0.125, output: 10, effective: 2026-11-29, source: test}
                  deepseek-test:
                    provider: fake-deepseek
                    model: deepseek-test
                    params: {max_tokens: 1000}
                  claude-test:
                    provider: fake-anthropic
                    model: claude-test-5
                    params: {max_tokens: 4000, thinking_budget: 2000}
                    price: {input: 5, cached_input: 0.5, cache_write: 6.25, output: 25, effective: 2026-11-29, source: test}
                  gemini-test:
                    provider: fake-gemini
                    model: gemini-test-1
                    params: {max_tokens: 3000, thinking_budget: 1000, temperature: 0.2}
                    price: {input: 1.25, cached_input: 0.125, output: 10, effective: 2026-11-29, source: test}
                  gemini-test-flash:
                    provider: fake-gemini
                    model: gemini-test-flash-1
                    params: {max_tokens: 3000, thinking_budget: 1000, temperature: 0.2}
                  claude-nocache:
                    provider: fake-anthropic-nocache
                    model: claude-test-5
                    params: {max_tokens: 4000, thinking_budget: 2000}
                """.formatted(server.baseUrl());
        return ModelCatalog.parse(yaml, "test catalog");
    }

    static Map<String, String> env() {
        return Map.of("FAKE_OPENAI_KEY", OPENAI_KEY, "FAKE_ANTHROPIC_KEY", ANTHROPIC_KEY, "FAKE_GEMINI_KEY", GEMINI_KEY);
    }

    ClientSettings settings() {
        return ClientSettings.defaults()
                .withRetry(new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(120), 0.25))
                .withTimeouts(Duration.ofSeconds(2), idleTimeout, Duration.ofSeconds(20))
                .withSleeper(waits::add)
                .withRandom(new Random(42))
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withObserver(new CallObserver() {
                    @Override
                    public void retrying(String model, int attempt, String reason, Duration wait) {
                        observed.add(model + " attempt " + attempt + ": " + reason + " (wait " + wait + ")");
                    }

                    @Override
                    public void completed(String model, Completion completion) {
                        observed.add(model + ": " + completion);
                    }
                });
    }

    LlmClients clients(Path cacheDir, CacheMode mode, RunBudget budget) {
        return LlmClients.builder().env(env()).cache(new ResponseCache(cacheDir, mode)).budget(budget)
                .settings(settings()).build();
    }

    LlmClients clients() {
        return LlmClients.builder().env(env()).settings(settings()).build();
    }

    static ModelConfig model(FakeProviderServer server, String name) {
        return catalog(server).model(name);
    }
}
