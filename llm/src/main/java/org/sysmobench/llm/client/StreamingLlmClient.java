package org.sysmobench.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.sysmobench.llm.CacheMissException;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.llm.LlmException;
import org.sysmobench.llm.ProviderCallException;
import org.sysmobench.llm.ProviderCallException.Kind;
import org.sysmobench.llm.QuotaExhaustedException;
import org.sysmobench.llm.cache.CacheEntry;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.CanonicalJson;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.config.ApiKey;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.llm.limits.ConcurrencyLimits;
import org.sysmobench.llm.limits.RunBudget;

/**
 * The one client for every model: builds the protocol's body, consults the cache, streams with retries,
 * parses, prices, charges the budget and records.
 *
 * <p>Design note (cassettes go through the parser). A cache entry stores the provider's raw SSE body, not
 * the parsed answer. A hit is re-read by the same {@link SseReader} and the same protocol
 * {@link StreamParser} as a live stream, so replaying committed cassettes in CI exercises the real parsing
 * code (and a parser change shows up as a replay difference); only the HTTP exchange is skipped. The
 * alternative, a local proxy that re-serves the bytes over HTTP, would cover the HTTP layer too but needs a
 * server per run; the HTTP layer is covered by the tests against local servers instead.
 *
 * <p>Failure rules. Retried (with {@link RetryPolicy} waits): 408, 409, 429, 5xx (529 included),
 * connection failures and resets, no headers or no bytes within the idle timeout, in-stream overload/server
 * errors, whatever a server marks {@code x-should-retry: true}, and every stream that does not end normally:
 * closed (even cleanly) before its end marker, ended without a stop reason, not an event stream at all
 * (wrong content type, a JSON body labelled as a stream) or unreadable. Never retried: 400, 401, 403, 404
 * and other 4xx, {@code x-should-retry: false}, the total time cap, and quota/billing exhaustion (OpenAI
 * {@code insufficient_quota}, Anthropic {@code billing_error} or "credit balance is too low", HTTP 402),
 * which stops the run. Only a stream that ends normally with a stop reason is the model's answer; one that
 * stopped at the token limit is returned as truncated (the model's answer, cut off) and never cached. When
 * retries run out after an attempt the provider had accepted, the failure says the spend is unknown.
 *
 * <p>Secrets. The key is read from the environment at the first live call, used for one header, and
 * scrubbed from every provider message before it reaches an exception or the observer. Exceptions carry
 * no headers. Cache entries hold the request body and the response body only.
 */
final class StreamingLlmClient implements LlmClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final int MAX_MESSAGE = 600;
    /** Key-shaped tokens a provider may echo back (OpenAI prints a masked key in its 401 message). */
    private static final Pattern KEY_LIKE = Pattern.compile("(sk-|sk_|key-)[A-Za-z0-9_*\\-.]{6,}");

    private final ModelConfig model;
    private final WireProtocol protocol;
    private final Map<String, String> env;
    private final ResponseCache cache;
    private final RunBudget budget;
    private final Semaphore connections;
    private final ClientSettings settings;
    private final HttpClient http;
    private final ScheduledExecutorService watchdogs;

    StreamingLlmClient(ModelConfig model, Map<String, String> env, ResponseCache cache, RunBudget budget,
                       ConcurrencyLimits limits, ClientSettings settings, HttpClient http,
                       ScheduledExecutorService watchdogs) {
        this.model = model;
        this.protocol = WireProtocol.of(model.provider().protocol());
        this.env = Map.copyOf(env);
        this.cache = cache;
        this.budget = budget;
        this.connections = limits.forProvider(model.provider().name(), model.provider().maxConnections());
        this.settings = settings;
        this.http = http;
        this.watchdogs = watchdogs;
    }

    @Override
    public String modelName() {
        return model.name();
    }

    /** The cache key of a request for this model: what {@link Completion#cacheKey()} will say. */
    String cacheKeyOf(ChatRequest request) {
        return CanonicalJson.sha256(identityOf(request));
    }

    /** What the cache key of a request hashes (tests write cassettes by hand with it). */
    JsonNode identityOf(ChatRequest request) {
        return identity(protocol.requestBody(model, request), request.sampleIndex());
    }

    @Override
    public Completion complete(ChatRequest request) {
        long start = System.nanoTime();
        ObjectNode body = protocol.requestBody(model, request);
        JsonNode identity = identity(body, request.sampleIndex());
        String key = CanonicalJson.sha256(identity);
        if (cache.reads()) {
            Optional<CacheEntry> hit = cache.lookup(key);
            if (hit.isPresent()) {
                Completion c = replay(hit.get(), key, start);
                settings.observer().completed(model.name(), c);
                return c;
            }
            if (cache.mode() == CacheMode.REPLAY_ONLY) {
                throw new CacheMissException(key, model.name(), cache.directory()
                        + (cache.fixtures().isEmpty() ? "" : " or the cassettes in " + cache.fixtures()));
            }
        }
        Optional<ApiKey> apiKey = apiKey();
        Live live = callWithRetries(protocol.forTransport(model, body.deepCopy()), apiKey);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        ParsedStream p = live.parsed();
        Completion c = new Completion(p.text(), p.reasoningText(), p.usage(), model.costOf(p.usage()), p.finishReason(),
                p.rawFinishReason(), p.truncated(), false, latency, key, live.attempts());
        budget.charge(c.cost());
        if (!c.truncated() && cache.writes()) {
            cache.store(new CacheEntry(key, model.name(), model.provider().protocol().id(), identity, live.rawBody(),
                    summary(c), settings.clock().instant(), latency.toMillis()));
        }
        settings.observer().completed(model.name(), c);
        return c;
    }

    /** What the cache key hashes: everything that shapes the answer, nothing secret. */
    private JsonNode identity(ObjectNode body, int sampleIndex) {
        ObjectNode id = MAPPER.createObjectNode();
        id.put("provider", model.provider().name());
        id.put("protocol", model.provider().protocol().id());
        id.put("base_url", model.provider().baseUrl().toString());
        id.put("sample_index", sampleIndex);
        id.set("body", body);
        return CanonicalJson.sorted(id);
    }

    private Completion replay(CacheEntry entry, String key, long start) {
        if (!entry.protocol().equals(model.provider().protocol().id())) {
            throw new ProviderCallException(Kind.PROTOCOL, model.name(), 0, "cache entry " + key + " was recorded with"
                    + " protocol " + entry.protocol(), null);
        }
        ParsedStream p;
        try {
            p = parse(new ByteArrayInputStream(entry.responseBody().getBytes(StandardCharsets.UTF_8))).parsed();
        } catch (IOException | RuntimeException e) {
            throw new ProviderCallException(Kind.PROTOCOL, model.name(), 0, "cache entry " + key
                    + " does not parse as a " + entry.protocol() + " stream: " + e.getMessage(), e);
        }
        return new Completion(p.text(), p.reasoningText(), p.usage(), model.costOf(p.usage()), p.finishReason(),
                p.rawFinishReason(), p.truncated(), true, Duration.ofNanos(System.nanoTime() - start), key, 0);
    }

    private AttemptOutcome.Streamed parse(InputStream in) throws IOException {
        StreamParser parser = protocol.newParser(model);
        SseReader reader = new SseReader(in);
        reader.readAll(parser::accept);
        return new AttemptOutcome.Streamed(parser.result(), reader.rawText());
    }

    private Optional<ApiKey> apiKey() {
        try {
            return ApiKey.fromEnvironment(model.provider(), env);
        } catch (IllegalStateException e) {
            throw new ProviderCallException(Kind.CONFIGURATION, model.name(), 0, e.getMessage(), null);
        }
    }

    private record Live(ParsedStream parsed, String rawBody, int attempts) {
    }

    private Live callWithRetries(ObjectNode body, Optional<ApiKey> apiKey) {
        HttpRequest request = httpRequest(body, apiKey);
        RetryPolicy policy = settings.retry();
        boolean mayHaveBilled = false;
        for (int attempt = 1; ; attempt++) {
            budget.checkAvailable();
            AttemptOutcome outcome;
            acquire();
            try {
                outcome = attempt(request, apiKey);
            } finally {
                connections.release();
            }
            if (outcome instanceof AttemptOutcome.Streamed s) {
                if (s.parsed().endedNormally()) {
                    return new Live(s.parsed(), s.rawBody(), attempt);
                }
                outcome = new AttemptOutcome.Retry(s.parsed().sawTerminal()
                        ? "the stream ended without a stop reason"
                        : "the stream ended before its end marker (" + s.rawBody().length() + " bytes, "
                                + s.parsed().text().length() + " characters of text)", 200, emptyHeaders(), true);
            }
            if (outcome instanceof AttemptOutcome.Fail f) {
                if (mayHaveBilled && f.error() instanceof ProviderCallException p && !p.spendUnknown()) {
                    throw new ProviderCallException(p.kind(), p.modelName(), p.httpStatus().orElse(0), p.detail(), p,
                            true);
                }
                throw f.error();
            }
            AttemptOutcome.Retry r = (AttemptOutcome.Retry) outcome;
            mayHaveBilled |= r.mayHaveBilled();
            if (attempt >= policy.maxAttempts()) {
                throw new ProviderCallException(Kind.RETRIES_EXHAUSTED, model.name(), r.status(), "gave up after "
                        + attempt + " attempts; last: " + r.reason(), null, mayHaveBilled);
            }
            Duration wait = policy.delayAfter(attempt, r.headers(), settings.clock().instant(), settings.random());
            settings.observer().retrying(model.name(), attempt, r.reason(), wait);
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted();
            }
        }
    }

    private void acquire() {
        try {
            connections.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
    }

    private ProviderCallException interrupted() {
        return new ProviderCallException(Kind.RETRIES_EXHAUSTED, model.name(), 0, "interrupted", null);
    }

    private HttpRequest httpRequest(ObjectNode body, Optional<ApiKey> apiKey) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(protocol.endpoint(model))
                // Until the response headers only; the watchdog guards the body.
                .timeout(settings.idleTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        model.provider().headers().forEach(b::header);
        protocol.authHeaders(model.provider(), apiKey).forEach(b::header);
        return b.build();
    }

    private AttemptOutcome attempt(HttpRequest request, Optional<ApiKey> apiKey) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new AttemptOutcome.Retry("no response headers within " + settings.idleTimeout().toSeconds() + " s",
                    0, emptyHeaders());
        } catch (IOException e) {
            return new AttemptOutcome.Retry("connection failed (" + e.getClass().getSimpleName() + ")", 0,
                    emptyHeaders());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        try (InputStream raw = response.body();
             StreamWatchdog watchdog = new StreamWatchdog(watchdogs, raw, settings.idleTimeout(),
                     settings.totalTimeout())) {
            InputStream in = watchdog.guarded();
            if (status != 200) {
                String text;
                try {
                    text = new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    text = "";
                }
                return classify(status, headers, ProviderError.fromBody(text), apiKey);
            }
            Optional<String> type = headers.firstValue("content-type");
            if (type.isPresent() && !type.get().toLowerCase().contains("event-stream")) {
                // A server that ignored "stream": true, or a proxy's page: not an answer, and maybe billed.
                String text;
                try {
                    text = new String(in.readNBytes(300), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    text = "";
                }
                return new AttemptOutcome.Retry("expected an event stream but got " + type.get() + ": "
                        + scrub(text, apiKey).strip(), status, emptyHeaders(), true);
            }
            AttemptOutcome.Streamed streamed;
            try {
                streamed = parse(in);
            } catch (StreamErrorException e) {
                return classifyStreamError(e.error(), headers, apiKey);
            } catch (IOException e) {
                streamed = null;
                if (watchdog.verdict() == StreamWatchdog.Verdict.NONE) {
                    return new AttemptOutcome.Retry("the stream broke (" + describe(e) + ")", status, emptyHeaders(),
                            true);
                }
            } catch (RuntimeException e) {
                return new AttemptOutcome.Retry("unreadable stream: " + scrub(String.valueOf(e.getMessage()), apiKey),
                        status, emptyHeaders(), true);
            }
            // A closed body can also look like a clean end of stream, so ask the watchdog first.
            switch (watchdog.verdict()) {
                case IDLE:
                    return new AttemptOutcome.Retry("stream stalled: no bytes for "
                            + settings.idleTimeout().toMillis() + " ms", status, emptyHeaders(), true);
                case TOTAL:
                    return new AttemptOutcome.Fail(new ProviderCallException(Kind.TOTAL_TIMEOUT, model.name(), status,
                            "attempt exceeded the total cap of " + settings.totalTimeout(), null, true));
                default:
                    return streamed;
            }
        } catch (IOException e) {
            return new AttemptOutcome.Retry("connection failed (" + describe(e) + ")", status, emptyHeaders(),
                    status == 200);
        }
    }

    /** An I/O failure in a few words: its type and, when it has one, its message. */
    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private AttemptOutcome classify(int status, HttpHeaders headers, ProviderError error, Optional<ApiKey> apiKey) {
        String message = scrub(error.describe(), apiKey);
        if (error.meansQuotaExhausted() || status == 402) {
            return new AttemptOutcome.Fail(new QuotaExhaustedException(model.name(), "HTTP " + status + ": " + message));
        }
        Optional<String> shouldRetry = headers.firstValue("x-should-retry");
        boolean retryable = shouldRetry.map("true"::equalsIgnoreCase)
                .orElse(status == 408 || status == 409 || status == 429 || status >= 500);
        if (retryable) {
            return new AttemptOutcome.Retry("HTTP " + status + ": " + message, status, headers);
        }
        Kind kind = status == 401 || status == 403 ? Kind.AUTHENTICATION : Kind.REJECTED;
        String hint = kind == Kind.AUTHENTICATION
                ? " (check the key in " + model.provider().keyVariable().orElse("(no key variable)") + ")" : "";
        return new AttemptOutcome.Fail(new ProviderCallException(kind, model.name(), status, message + hint, null));
    }

    private AttemptOutcome classifyStreamError(ProviderError error, HttpHeaders headers, Optional<ApiKey> apiKey) {
        String message = scrub(error.describe(), apiKey);
        if (error.meansQuotaExhausted()) {
            return new AttemptOutcome.Fail(new QuotaExhaustedException(model.name(), message));
        }
        if (error.meansRetryable()) {
            return new AttemptOutcome.Retry("error in stream: " + message, 200, emptyHeaders(), true);
        }
        LlmException e = new ProviderCallException(Kind.PROTOCOL, model.name(), 200, "error in stream: " + message, null,
                true);
        return new AttemptOutcome.Fail(e);
    }

    /** Removes the key (and anything key-shaped) and bounds the length of provider text. */
    private static String scrub(String text, Optional<ApiKey> apiKey) {
        String s = apiKey.map(k -> k.redact(text)).orElse(text);
        s = KEY_LIKE.matcher(s).replaceAll("[redacted]");
        return s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE) + "..." : s;
    }

    private static HttpHeaders emptyHeaders() {
        return HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    private static JsonNode summary(Completion c) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("finish_reason", c.rawFinishReason());
        ObjectNode u = s.putObject("usage");
        u.put("input_tokens", c.usage().inputTokens());
        u.put("cached_input_tokens", c.usage().cachedInputTokens());
        u.put("cache_write_tokens", c.usage().cacheWriteTokens());
        u.put("output_tokens", c.usage().outputTokens());
        u.put("reasoning_tokens", c.usage().reasoningTokens());
        s.put("cost", c.cost().toString());
        s.put("text", c.text());
        return s;
    }

    @Override
    public String toString() {
        return "StreamingLlmClient[" + model.name() + " via " + model.provider().name() + ", cache " + cache.mode().id()
                + "]";
    }
}
