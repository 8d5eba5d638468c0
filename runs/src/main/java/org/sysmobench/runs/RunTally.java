package org.sysmobench.runs;

import java.math.BigDecimal;

/**
 * Running totals of a run's LLM use, for the progress line: tokens, live calls, cache hits, USD spent.
 * Thread-safe; one per run execution.
 */
final class RunTally {
  private long inputTokens;
  private long outputTokens;
  private long liveCalls;
  private long cachedCalls;
  private long unpricedCalls;
  private BigDecimal spentUsd = BigDecimal.ZERO;

  synchronized void add(long in, long out, boolean fromCache, boolean priced, BigDecimal cost) {
    inputTokens += in;
    outputTokens += out;
    if (fromCache) {
      cachedCalls++;
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
    return new Snapshot(inputTokens, outputTokens, liveCalls, cachedCalls, unpricedCalls, spentUsd);
  }

  /** The totals at one instant. */
  record Snapshot(long inputTokens, long outputTokens, long liveCalls, long cachedCalls, long unpricedCalls,
      BigDecimal spentUsd) {}
}
