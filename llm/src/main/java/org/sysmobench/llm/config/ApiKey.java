package org.sysmobench.llm.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret read from the environment. It is never printed ({@link #toString()} is redacted), never
 * serialised (no accessor Jackson would find), and {@link #redact(String)} scrubs it from any text that
 * might leave the process, such as a provider's error body that echoes the key back.
 */
public final class ApiKey {
    private final String variable;
    private final String value;

    private ApiKey(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /** Reads the provider's key variable from {@code env}; empty when the provider needs no key. */
    public static Optional<ApiKey> fromEnvironment(ProviderConfig provider, Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return provider.keyVariable().map(name -> {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("environment variable " + name + " (the key for provider "
                        + provider.name() + ") is not set");
            }
            return new ApiKey(name, v.strip());
        });
    }

    /** The variable the key came from (safe to print). */
    public String variable() {
        return variable;
    }

    /** The secret itself, for the one place that builds the auth header. */
    public String secret() {
        return value;
    }

    /** Replaces every occurrence of the key in {@code text}. */
    public String redact(String text) {
        return text.replace(value, "[redacted " + variable + "]");
    }

    @Override
    public String toString() {
        return "ApiKey[" + variable + "=redacted]";
    }
}
