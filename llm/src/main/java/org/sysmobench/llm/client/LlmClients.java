package org.sysmobench.llm.client;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.limits.ConcurrencyLimits;
import org.sysmobench.llm.limits.RunBudget;

/**
 * Makes clients for catalog models, all sharing one HTTP client, one cache, one budget and one set of
 * concurrency limits (one instance per run). Close it when the run ends to stop the watchdog thread.
 *
 * <pre>{@code
 * ModelCatalog catalog = ModelCatalog.loadDefault();
 * try (LlmClients clients = LlmClients.builder()
 *         .env(System.getenv())
 *         .cache(new ResponseCache(Path.of("cassettes"), CacheMode.REPLAY_ONLY))
 *         .build()) {
 *     LlmClient claude = clients.forModel(catalog.model("claude-opus-5"));
 *     Completion c = claude.complete(ChatRequest.of(system, user, 0));
 * }
 * }</pre>
 */
public final class LlmClients implements AutoCloseable {
    private final Map<String, String> env;
    private final ResponseCache cache;
    private final RunBudget budget;
    private final ConcurrencyLimits limits;
    private final ClientSettings settings;
    private final HttpClient http;
    private final ScheduledExecutorService watchdogs;

    private LlmClients(Builder b) {
        this.env = Map.copyOf(b.env);
        this.cache = b.cache;
        this.settings = b.settings;
        this.budget = b.budget != null ? b.budget : RunBudget.unlimited(b.settings.clock());
        this.limits = b.limits;
        // HTTP/1.1: SSE needs nothing more, and it avoids h2c upgrade attempts against local servers.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
        this.watchdogs = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "llm-stream-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client for one model. Cheap; the key is read from the environment at the first live call. The
     * provider's base-URL variable (e.g. {@code OPENAI_BASE_URL}), when set in the environment, decides where
     * requests go, and so is part of every cache key.
     *
     * @throws IllegalArgumentException when that variable is set to something that is not an http(s) URL
     */
    public LlmClient forModel(ModelConfig model) {
        Objects.requireNonNull(model, "model");
        ModelConfig resolved = model.withProvider(model.provider().resolvedFor(env));
        return new StreamingLlmClient(resolved, env, cache, budget, limits, settings, http, watchdogs);
    }

    public RunBudget budget() {
        return budget;
    }

    public ResponseCache cache() {
        return cache;
    }

    @Override
    public void close() {
        watchdogs.shutdownNow();
    }

    @Override
    public String toString() {
        return "LlmClients[" + cache + ", " + budget + "]";
    }

    /** Defaults: empty environment (no keys), cache off, unlimited budget, fresh limits, default settings. */
    public static final class Builder {
        private Map<String, String> env = Map.of();
        private ResponseCache cache = ResponseCache.off();
        private RunBudget budget;
        private ConcurrencyLimits limits = new ConcurrencyLimits();
        private ClientSettings settings = ClientSettings.defaults();

        private Builder() {
        }

        /** Where keys are read from, usually {@code System.getenv()}. */
        public Builder env(Map<String, String> value) {
            this.env = Objects.requireNonNull(value, "env");
            return this;
        }

        public Builder cache(ResponseCache value) {
            this.cache = Objects.requireNonNull(value, "cache");
            return this;
        }

        public Builder budget(RunBudget value) {
            this.budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        public Builder limits(ConcurrencyLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        public Builder settings(ClientSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public LlmClients build() {
            return new LlmClients(this);
        }
    }
}
