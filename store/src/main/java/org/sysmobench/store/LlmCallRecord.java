package org.sysmobench.store;

import java.math.BigDecimal;

/**
 * One LLM exchange of a cell, as indexed. Texts live in artifacts ({@code promptSha256}: the request as
 * JSON, {@code responseSha256}: the answer text).
 *
 * @param attempt which attempt of the cell made the call (a resumed or retried cell has several)
 * @param seq the call's position within the attempt
 * @param costUsd what the call cost (for a cache hit: what the recorded call cost); meaningful only
 *     when {@code costKnown}
 * @param fromCache served from the response cache: nothing was paid for it in this run
 */
public record LlmCallRecord(int attempt, int seq, String step, String promptSha256, String responseSha256,
    long inputTokens, long cachedInputTokens, long outputTokens, long reasoningTokens, BigDecimal costUsd,
    boolean costKnown, boolean fromCache, String finishReason, boolean truncated, long latencyMillis) {

  /** What this call took from the run's budget: nothing for a cache hit or an unpriced call. */
  public BigDecimal spentUsd() {
    return fromCache || !costKnown ? BigDecimal.ZERO : costUsd;
  }
}
