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
 */
public record ProviderConfig(String name, Protocol protocol, URI baseUrl, String keyEnv, int maxConnections,
                             Map<String, String> headers, Dialect dialect) {
    public ProviderConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(keyEnv, "keyEnv");
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

    /** Same provider at another address (tests, proxies, a local recorder). */
    public ProviderConfig withBaseUrl(URI url) {
        return new ProviderConfig(name, protocol, url, keyEnv, maxConnections, headers, dialect);
    }
}
