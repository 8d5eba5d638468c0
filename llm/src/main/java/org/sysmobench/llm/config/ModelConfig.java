package org.sysmobench.llm.config;

import java.util.Objects;
import java.util.Optional;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Usage;

/**
 * One model of the catalog: a name the user types, the provider that serves it, the provider's id for it,
 * its generation parameters and its price (absent means "cost unknown").
 */
public record ModelConfig(String name, ProviderConfig provider, String modelId, GenerationParams params,
                          Optional<Price> price) {
    public ModelConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(price, "price");
    }

    public Cost costOf(Usage usage) {
        return price.map(p -> p.costOf(usage))
                .orElseGet(() -> Cost.unknown("no price configured for model " + name));
    }

    public ModelConfig withProvider(ProviderConfig other) {
        return new ModelConfig(name, other, modelId, params, price);
    }

    public ModelConfig withParams(GenerationParams other) {
        return new ModelConfig(name, provider, modelId, other, price);
    }
}
