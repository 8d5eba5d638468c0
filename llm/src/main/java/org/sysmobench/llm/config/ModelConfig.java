package org.sysmobench.llm.config;

import java.util.Objects;
import java.util.Optional;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Usage;

/**
 * One model of the catalog: a name the user types, the provider that serves it, the provider's id for it,
 * its generation parameters and how it is billed.
 */
public record ModelConfig(String name, ProviderConfig provider, String modelId, GenerationParams params,
                          Pricing pricing) {
    public ModelConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(pricing, "pricing");
    }

    public Cost costOf(Usage usage) {
        return pricing.costOf(usage);
    }

    /** The dated price, when the model has one. */
    public Optional<Price> price() {
        return pricing instanceof Price p ? Optional.of(p) : Optional.empty();
    }

    public ModelConfig withProvider(ProviderConfig other) {
        return new ModelConfig(name, other, modelId, params, pricing);
    }

    public ModelConfig withParams(GenerationParams other) {
        return new ModelConfig(name, provider, modelId, other, pricing);
    }
}
