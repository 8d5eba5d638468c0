package org.sysmobench.llm.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.Usage;

/**
 * USD per 1M tokens, with the date from which it applies and where it was read.
 *
 * <p>Reasoning tokens are billed as output by every provider, and are already inside output counts.
 *
 * @param input       uncached prompt tokens
 * @param cachedInput prompt tokens read from the provider's prompt cache
 * @param cacheWrite  prompt tokens written to the prompt cache (Anthropic 5-minute writes)
 * @param output      generated tokens, reasoning included
 * @param effective   the day this price was read as current
 * @param source      where it was read
 */
public record Price(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output,
                    LocalDate effective, String source) implements Pricing {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Price {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cachedInput, "cachedInput");
        Objects.requireNonNull(cacheWrite, "cacheWrite");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(source, "source");
    }

    /** {@code (in - cached - written) * p_in + cached * p_cached + written * p_write + out * p_out}. */
    @Override
    public Cost costOf(Usage usage) {
        BigDecimal micro = input.multiply(BigDecimal.valueOf(usage.uncachedInputTokens()))
                .add(cachedInput.multiply(BigDecimal.valueOf(usage.cachedInputTokens())))
                .add(cacheWrite.multiply(BigDecimal.valueOf(usage.cacheWriteTokens())))
                .add(output.multiply(BigDecimal.valueOf(usage.outputTokens())));
        return Cost.usd(micro.divide(MILLION, MathContext.DECIMAL64).setScale(8, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }
}
