package org.sysmobench.llm.config;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Generation parameters of a model. An absent parameter is not sent, so the provider's default applies.
 * Immutable; build with {@link #builder()}.
 */
public final class GenerationParams {
    public static final GenerationParams NONE = builder().build();

    private final Integer maxTokens;
    private final Double temperature;
    private final Double topP;
    private final String reasoningEffort;
    private final Integer thinkingBudget;
    private final Map<String, Object> extra;

    private GenerationParams(Builder b) {
        if (b.maxTokens != null && b.maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be >= 1");
        }
        if (b.thinkingBudget != null && b.thinkingBudget < 1) {
            throw new IllegalArgumentException("thinking_budget must be >= 1");
        }
        this.maxTokens = b.maxTokens;
        this.temperature = b.temperature;
        this.topP = b.topP;
        this.reasoningEffort = b.reasoningEffort;
        this.thinkingBudget = b.thinkingBudget;
        // Sorted: a stable order keeps request bodies, and so cache keys, deterministic.
        this.extra = Collections.unmodifiableMap(new TreeMap<>(b.extra));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Output limit, sent under the dialect's field name; required by Anthropic. */
    public OptionalInt maxTokens() {
        return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
    }

    public OptionalDouble temperature() {
        return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
    }

    public OptionalDouble topP() {
        return topP == null ? OptionalDouble.empty() : OptionalDouble.of(topP);
    }

    /** OpenAI {@code reasoning_effort}: none, minimal, low, medium, high, xhigh, max. */
    public Optional<String> reasoningEffort() {
        return Optional.ofNullable(reasoningEffort);
    }

    /** Anthropic extended thinking {@code budget_tokens}; present means thinking is enabled. */
    public OptionalInt thinkingBudget() {
        return thinkingBudget == null ? OptionalInt.empty() : OptionalInt.of(thinkingBudget);
    }

    /** Further body fields sent verbatim (e.g. {@code seed}, OpenRouter {@code provider}), sorted by name. */
    public Map<String, Object> extra() {
        return extra;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxTokens = maxTokens;
        b.temperature = temperature;
        b.topP = topP;
        b.reasoningEffort = reasoningEffort;
        b.thinkingBudget = thinkingBudget;
        b.extra.putAll(extra);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationParams p && Objects.equals(maxTokens, p.maxTokens)
                && Objects.equals(temperature, p.temperature) && Objects.equals(topP, p.topP)
                && Objects.equals(reasoningEffort, p.reasoningEffort) && Objects.equals(thinkingBudget, p.thinkingBudget)
                && extra.equals(p.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxTokens, temperature, topP, reasoningEffort, thinkingBudget, extra);
    }

    @Override
    public String toString() {
        return "GenerationParams[maxTokens=" + maxTokens + ", temperature=" + temperature + ", topP=" + topP
                + ", reasoningEffort=" + reasoningEffort + ", thinkingBudget=" + thinkingBudget + ", extra="
                + extra.keySet() + "]";
    }

    /** Collects parameters; unset ones stay absent. */
    public static final class Builder {
        private Integer maxTokens;
        private Double temperature;
        private Double topP;
        private String reasoningEffort;
        private Integer thinkingBudget;
        private final Map<String, Object> extra = new TreeMap<>();

        private Builder() {
        }

        public Builder maxTokens(int value) {
            this.maxTokens = value;
            return this;
        }

        public Builder temperature(double value) {
            this.temperature = value;
            return this;
        }

        public Builder topP(double value) {
            this.topP = value;
            return this;
        }

        public Builder reasoningEffort(String value) {
            this.reasoningEffort = Objects.requireNonNull(value, "reasoningEffort");
            return this;
        }

        public Builder thinkingBudget(int value) {
            this.thinkingBudget = value;
            return this;
        }

        /** A body field sent as is; {@code value} is a plain JSON-like value (map, list, string, number, boolean). */
        public Builder extra(String field, Object value) {
            this.extra.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public GenerationParams build() {
            return new GenerationParams(this);
        }
    }
}
