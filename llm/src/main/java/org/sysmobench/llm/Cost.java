package org.sysmobench.llm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price of a call in USD, or an explicit "unknown" when the model has no price: reports must show
 * "cost unknown", never a silent $0.
 */
public sealed interface Cost permits Cost.Known, Cost.Unknown {

    /** A priced call. */
    record Known(BigDecimal usd) implements Cost {
        public Known {
            Objects.requireNonNull(usd, "usd");
            if (usd.signum() < 0) {
                throw new IllegalArgumentException("negative cost " + usd);
            }
        }

        @Override
        public String toString() {
            return "$" + usd.toPlainString();
        }
    }

    /** No price is configured for the model. */
    record Unknown(String why) implements Cost {
        public Unknown {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String toString() {
            return "cost unknown (" + why + ")";
        }
    }

    static Cost usd(BigDecimal usd) {
        return new Known(usd);
    }

    static Cost unknown(String why) {
        return new Unknown(why);
    }
}
