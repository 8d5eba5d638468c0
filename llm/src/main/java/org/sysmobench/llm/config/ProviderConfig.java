package org.sysmobench.llm.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a provider. Holds the <em>name</em> of the environment variable with the key,
 * never the key.
 *
 * @param name           catalog name, also the unit of the concurrency limit
 * @param protocol       wire protocol
 * @param baseUrl        e.g. {@code https://api.openai.com/v1} or {@code http://127.0.0.1:11434/v1}; the
 *                       protocol appends {@code /chat/completions} or {@code /v1/messages}
 * @param keyEnv         environment variable holding the key; "" for servers that need none (local ones)
 * @param maxConnections in-flight requests allowed to this provider at once
 * @param headers        extra non-secret headers (e.g. {@code anthropic-version})
 * @param dialect        protocol quirks
 * @param baseUrlEnv     environment variable that, when set, replaces {@code baseUrl} (the SDKs' convention:
 *                       {@code OPENAI_BASE_URL}, {@code ANTHROPIC_BASE_URL}, {@code GOOGLE_GEMINI_BASE_URL}),
 *                       so a gateway or proxy needs no catalog of its own; "" for none
 */
public record ProviderConfig(String name, Protocol protocol, URI baseUrl, String keyEnv, int maxConnections,
                             Map<String, String> headers, Dialect dialect, String baseUrlEnv) {
    public ProviderConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(keyEnv, "keyEnv");
        Objects.requireNonNull(baseUrlEnv, "baseUrlEnv");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("provider " + name + ": max_connections must be >= 1");
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(dialect, "dialect");
        for (String h : headers.keySet()) {
            String lower = h.toLowerCase();
            if (lower.equals("authorization") || lower.contains("api-key") || lower.contains("token")) {
                throw new IllegalArgumentException("provider " + name + ": header '" + h
                        + "' looks secret; keys come only from the environment variable named by key_env");
            }
        }
    }

    /** The key variable, if this provider needs one. */
    public Optional<String> keyVariable() {
        return keyEnv.isEmpty() ? Optional.empty() : Optional.of(keyEnv);
    }

    /** A provider without a base-URL variable. */
    public ProviderConfig(String name, Protocol protocol, URI baseUrl, String keyEnv, int maxConnections,
                          Map<String, String> headers, Dialect dialect) {
        this(name, protocol, baseUrl, keyEnv, maxConnections, headers, dialect, "");
    }

    /** Same provider at another address (tests, proxies, a local recorder). */
    public ProviderConfig withBaseUrl(URI url) {
        return new ProviderConfig(name, protocol, url, keyEnv, maxConnections, headers, dialect, baseUrlEnv);
    }

    /**
     * Where requests go with this environment: the URL in {@link #baseUrlEnv()} when that variable is set
     * (trailing slashes dropped), else {@link #baseUrl()}.
     *
     * @throws IllegalArgumentException when the variable holds something that is not an http(s) URL
     */
    public URI effectiveBaseUrl(Map<String, String> env) {
        String v = baseUrlEnv.isEmpty() ? null : env.get(baseUrlEnv);
        if (v == null || v.isBlank()) {
            return baseUrl;
        }
        URI uri;
        try {
            uri = URI.create(v.strip().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(baseUrlEnv + " is not a URL: " + v.strip(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException(baseUrlEnv + " must be an http(s) URL, got: " + v.strip());
        }
        return uri;
    }

    /** This provider as this environment configures it (its base-URL variable applied). */
    public ProviderConfig resolvedFor(Map<String, String> env) {
        URI url = effectiveBaseUrl(env);
        return url.equals(baseUrl) ? this : withBaseUrl(url);
    }
}
