package org.sysmobench.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished answer.
 *
 * @param text            the visible answer text
 * @param reasoningText   reasoning / thinking text the provider streamed, or "" when none
 * @param usage           token counts as the provider reported them (replayed ones for a cache hit)
 * @param cost            what the call cost, computed from usage and the model's price; for a cache hit
 *                        it is what the recorded call cost, i.e. what it would have cost: nothing was paid
 *                        and nothing is charged to the budget (see {@link #spent()})
 * @param finishReason    normalised stop reason
 * @param rawFinishReason the provider's own word for it ("" when the stream never said)
 * @param truncated       the model stopped at its output token limit: its answer, cut off. Truncated
 *                        answers are never cached. (A stream that broke off is no answer at all: the
 *                        client retries it and, if that persists, fails the call.)
 * @param fromCache       served from the response cache / a cassette, not from the network
 * @param latency         wall time of this call (a replay is fast; the recorded latency is in the cache)
 * @param cacheKey        SHA-256 of the canonical request, the name of its cache entry
 * @param attempts        HTTP attempts made (0 for a cache hit)
 */
public record Completion(String text, String reasoningText, Usage usage, Cost cost, FinishReason finishReason,
                         String rawFinishReason, boolean truncated, boolean fromCache, Duration latency,
                         String cacheKey, int attempts) {
    public Completion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reasoningText, "reasoningText");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(rawFinishReason, "rawFinishReason");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(cacheKey, "cacheKey");
    }

    /** What this call cost now: nothing for a cache hit, else {@link #cost()}. */
    public Cost spent() {
        return fromCache ? Cost.usd(java.math.BigDecimal.ZERO) : cost;
    }

    @Override
    public String toString() {
        return "Completion[" + text.length() + " chars, reasoning " + reasoningText.length() + " chars, " + usage
                + ", " + cost + ", " + finishReason + (truncated ? " TRUNCATED" : "") + (fromCache ? " from cache" : "")
                + ", " + latency.toMillis() + " ms, key " + cacheKey + ", attempts " + attempts + "]";
    }
}
