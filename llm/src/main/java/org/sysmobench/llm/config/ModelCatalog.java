package org.sysmobench.llm.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The models a run can use, loaded from YAML.
 *
 * <p>Design note (file format, version 1). Two maps: {@code providers} (protocol, base_url, base_url_env,
 * key_env, max_connections, headers, dialect) and {@code models} (provider, model, params, price). A
 * provider's {@code base_url_env} names a variable that, when set, replaces its base_url (OPENAI_BASE_URL
 * for a gateway). A model names its
 * provider so that quirks, addresses and concurrency limits are written once. Keys never appear in the
 * file, only the name of the environment variable that holds one. The file carries {@code version: 1};
 * an unknown version or an unknown field is an error, so a typo ({@code temprature}) cannot silently
 * change a benchmark. Parsing is done by hand over Jackson's tree so each error names its place
 * ({@code models.gpt-x.price.input}).
 *
 * <pre>
 * version: 1
 * providers:
 *   openai: {protocol: openai-chat, base_url: https://api.openai.com/v1, key_env: OPENAI_API_KEY}
 * models:
 *   gpt-x:
 *     provider: openai
 *     model: gpt-x-2026-01-01
 *     params: {max_tokens: 32000, reasoning_effort: high}
 *     price: {input: 1.25, cached_input: 0.125, output: 10, effective: 2026-01-01, source: "..."}
 * </pre>
 */
public final class ModelCatalog {
    /** The catalog shipped with the module. */
    public static final String DEFAULT_RESOURCE = "/org/sysmobench/llm/config/models.yaml";

    private static final Set<String> PROVIDER_FIELDS = Set.of("protocol", "base_url", "base_url_env", "key_env",
            "max_connections", "headers", "dialect");
    private static final Set<String> DIALECT_FIELDS = Set.of("max_tokens_field", "reasoning_text_fields",
            "include_usage", "auth_header", "prompt_cache");
    private static final Set<String> MODEL_FIELDS = Set.of("provider", "model", "params", "price", "description");
    private static final Set<String> PARAM_FIELDS = Set.of("max_tokens", "temperature", "top_p", "reasoning_effort",
            "thinking_budget", "extra");
    private static final Set<String> PRICE_FIELDS = Set.of("input", "cached_input", "cache_write", "output",
            "effective", "source");

    private final Map<String, ProviderConfig> providers;
    private final Map<String, ModelConfig> models;
    private final String origin;

    private ModelCatalog(Map<String, ProviderConfig> providers, Map<String, ModelConfig> models, String origin) {
        this.providers = Collections.unmodifiableMap(providers);
        this.models = Collections.unmodifiableMap(models);
        this.origin = origin;
    }

    public static ModelCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model catalog " + file, e);
        }
    }

    /** The catalog shipped as a resource of this module. */
    public static ModelCatalog loadDefault() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the llm jar");
            }
            return parse(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static ModelCatalog parse(String yaml, String origin) {
        try {
            return fromTree(new ObjectMapper(new YAMLFactory()).readTree(yaml), origin);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static ModelCatalog parse(InputStream in, String origin) throws IOException {
        return fromTree(new ObjectMapper(new YAMLFactory()).readTree(in), origin);
    }

    public Optional<ModelConfig> find(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** The named model, or an error listing the known names. */
    public ModelConfig model(String name) {
        ModelConfig m = models.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown model '" + name + "' in " + origin + "; known: "
                    + models.keySet());
        }
        return m;
    }

    /** Model names in file order. */
    public List<String> modelNames() {
        return List.copyOf(models.keySet());
    }

    public Map<String, ProviderConfig> providers() {
        return providers;
    }

    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "ModelCatalog[" + origin + ", " + models.size() + " models]";
    }

    private static ModelCatalog fromTree(JsonNode root, String origin) {
        Where at = new Where(origin);
        if (root == null || !root.isObject()) {
            throw at.error("", "expected a mapping with 'version', 'providers' and 'models'");
        }
        checkFields(root, Set.of("version", "providers", "models"), at, "");
        int version = root.path("version").asInt(-1);
        if (version != 1) {
            throw at.error("version", "expected 1, found " + root.path("version"));
        }
        Map<String, ProviderConfig> providers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : mapping(root, "providers", at, "").properties()) {
            providers.put(e.getKey(), provider(e.getKey(), e.getValue(), at, "providers." + e.getKey()));
        }
        Map<String, ModelConfig> models = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : mapping(root, "models", at, "").properties()) {
            String path = "models." + e.getKey();
            JsonNode m = e.getValue();
            checkFields(m, MODEL_FIELDS, at, path);
            String providerName = text(m, "provider", at, path);
            ProviderConfig p = providers.get(providerName);
            if (p == null) {
                throw at.error(path + ".provider", "unknown provider '" + providerName + "'; known: " + providers.keySet());
            }
            GenerationParams params = m.has("params") ? params(m.get("params"), at, path + ".params") : GenerationParams.NONE;
            Pricing pricing = m.has("price") && !m.get("price").isNull() ? price(m.get("price"), at, path + ".price")
                    : new Pricing.Unpriced("no price configured for model " + e.getKey());
            if (p.protocol() == Protocol.ANTHROPIC_MESSAGES && params.reasoningEffort().isPresent()) {
                throw at.error(path + ".params.reasoning_effort", "not an Anthropic Messages parameter; use"
                        + " thinking_budget (or extra: {output_config: {effort: ...}})");
            }
            if (p.protocol() == Protocol.GEMINI_GENERATE_CONTENT && params.reasoningEffort().isPresent()) {
                throw at.error(path + ".params.reasoning_effort", "not a Gemini parameter; use thinking_budget"
                        + " (or extra: for another field)");
            }
            if (p.protocol() == Protocol.OPENAI_CHAT && params.thinkingBudget().isPresent()) {
                throw at.error(path + ".params.thinking_budget", "not an OpenAI Chat parameter; use reasoning_effort"
                        + " (or extra: for a server's own field)");
            }
            models.put(e.getKey(), new ModelConfig(e.getKey(), p, text(m, "model", at, path), params, pricing));
        }
        return new ModelCatalog(providers, models, origin);
    }

    private static ProviderConfig provider(String name, JsonNode n, Where at, String path) {
        checkFields(n, PROVIDER_FIELDS, at, path);
        Protocol protocol;
        try {
            protocol = Protocol.fromId(text(n, "protocol", at, path));
        } catch (IllegalArgumentException e) {
            throw at.error(path + ".protocol", e.getMessage());
        }
        URI base;
        try {
            base = URI.create(text(n, "base_url", at, path).replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw at.error(path + ".base_url", e.getMessage());
        }
        Dialect d = Dialect.defaultsFor(protocol);
        if (n.has("dialect")) {
            JsonNode dn = n.get("dialect");
            String dp = path + ".dialect";
            checkFields(dn, DIALECT_FIELDS, at, dp);
            List<String> fields = d.reasoningTextFields();
            if (dn.has("reasoning_text_fields")) {
                fields = new ArrayList<>();
                for (JsonNode f : dn.get("reasoning_text_fields")) {
                    fields.add(f.asText());
                }
            }
            d = new Dialect(dn.path("max_tokens_field").asText(d.maxTokensField()), fields,
                    dn.path("include_usage").asBoolean(d.includeUsage()), dn.path("auth_header").asText(d.authHeader()),
                    dn.path("prompt_cache").asBoolean(d.promptCache()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (n.has("headers")) {
            n.get("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
        }
        try {
            return new ProviderConfig(name, protocol, base, n.path("key_env").asText(""),
                    n.path("max_connections").asInt(4), headers, d, n.path("base_url_env").asText(""));
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
        }
    }

    private static GenerationParams params(JsonNode n, Where at, String path) {
        checkFields(n, PARAM_FIELDS, at, path);
        GenerationParams.Builder b = GenerationParams.builder();
        if (n.has("max_tokens")) {
            b.maxTokens(integer(n, "max_tokens", at, path));
        }
        if (n.has("temperature")) {
            b.temperature(number(n, "temperature", at, path).doubleValue());
        }
        if (n.has("top_p")) {
            b.topP(number(n, "top_p", at, path).doubleValue());
        }
        if (n.has("reasoning_effort")) {
            b.reasoningEffort(text(n, "reasoning_effort", at, path));
        }
        if (n.has("thinking_budget")) {
            b.thinkingBudget(integer(n, "thinking_budget", at, path));
        }
        if (n.has("extra")) {
            ObjectMapper plain = new ObjectMapper();
            n.get("extra").properties().forEach(e -> b.extra(e.getKey(), plain.convertValue(e.getValue(), Object.class)));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
        }
    }

    private static Price price(JsonNode n, Where at, String path) {
        checkFields(n, PRICE_FIELDS, at, path);
        BigDecimal input = number(n, "input", at, path);
        LocalDate effective;
        try {
            effective = LocalDate.parse(text(n, "effective", at, path));
        } catch (DateTimeParseException e) {
            throw at.error(path + ".effective", "expected a date like 2026-11-29");
        }
        return new Price(input,
                n.has("cached_input") ? number(n, "cached_input", at, path) : input,
                n.has("cache_write") ? number(n, "cache_write", at, path) : input,
                number(n, "output", at, path), effective, text(n, "source", at, path));
    }

    private static JsonNode mapping(JsonNode n, String field, Where at, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw at.error(join(path, field), "expected a mapping");
        }
        return v;
    }

    private static String text(JsonNode n, String field, Where at, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
            throw at.error(join(path, field), "expected a non-empty value");
        }
        return v.asText();
    }

    private static BigDecimal number(JsonNode n, String field, Where at, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw at.error(join(path, field), "expected a number");
        }
        // Through the decimal text, so 0.1 stays 0.1 and not its binary approximation.
        return new BigDecimal(v.asText());
    }

    private static Integer integer(JsonNode n, String field, Where at, String path) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw at.error(join(path, field), "expected an integer");
        }
        return v.intValue();
    }

    private static void checkFields(JsonNode n, Set<String> allowed, Where at, String path) {
        if (!n.isObject()) {
            throw at.error(path, "expected a mapping");
        }
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw at.error(join(path, f), "unknown field; allowed: " + new java.util.TreeSet<>(allowed));
            }
        });
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private record Where(String origin) {
        IllegalArgumentException error(String path, String message) {
            return new IllegalArgumentException(origin + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }
    }
}
