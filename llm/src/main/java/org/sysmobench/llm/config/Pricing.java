package org.sysmobench.llm.config;

import java.util.Objects;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Usage;

/** How a model is billed: a dated {@link Price}, or unknown (reports then say "cost unknown", never $0). */
public sealed interface Pricing permits Price, Pricing.Unpriced {

    Cost costOf(Usage usage);

    /** No price configured. */
    record Unpriced(String why) implements Pricing {
        public Unpriced {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Cost costOf(Usage usage) {
            return Cost.unknown(why);
        }
    }
}
