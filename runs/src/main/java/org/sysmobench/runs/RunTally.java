package org.sysmobench.runs;

import java.math.BigDecimal;

/**
 * Running totals of a run's LLM use, for the progress line: tokens, live calls, cache hits (which cost
 * nothing; what they would have cost is kept apart), USD spent, calls of unknown cost. Thread-safe; one per
 * run execution.
 */
final class RunTally {
  private long inputTokens;
  private long outputTokens;
  private long liveCalls;
  private long cachedCalls;
  private long unpricedCalls;
  private BigDecimal spentUsd = BigDecimal.ZERO;
  private BigDecimal cachedValueUsd = BigDecimal.ZERO;

  synchronized void add(long in, long out, boolean fromCache, boolean priced, BigDecimal cost) {
    inputTokens += in;
    outputTokens += out;
    if (fromCache) {
      cachedCalls++;
      if (priced) {
        cachedValueUsd = cachedValueUsd.add(cost);
      }
    } else {
      liveCalls++;
      if (priced) {
        spentUsd = spentUsd.add(cost);
      } else {
        unpricedCalls++;
      }
    }
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(inputTokens, outputTokens, liveCalls, cachedCalls, unpricedCalls, spentUsd, cachedValueUsd);
  }

  /**
   * The totals at one instant.
   *
   * @param cachedValueUsd what the cache hits would have cost had they been paid for now
   */
  record Snapshot(long inputTokens, long outputTokens, long liveCalls, long cachedCalls, long unpricedCalls,
      BigDecimal spentUsd, BigDecimal cachedValueUsd) {}
}
