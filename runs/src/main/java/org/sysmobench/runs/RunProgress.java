package org.sysmobench.runs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * The state of an executing run: cells finished in this execution, what is left, LLM totals, an ETA.
 *
 * @param alreadyDone cells finished before this execution (a resume)
 * @param eta remaining cells x mean wall time per finished cell so far; zero until one finishes
 * @param unpricedCalls live calls whose cost is unknown (no price, or a provider failure after the provider
 *     had accepted the request)
 * @param cachedValueUsd what the cache hits would have cost (they cost nothing)
 */
public record RunProgress(String run, int total, int alreadyDone, int done, int failed, int running, long inputTokens,
    long outputTokens, long cachedCalls, BigDecimal spentUsd, long unpricedCalls, Duration elapsed, Duration eta,
    BigDecimal cachedValueUsd) {

  /** One line for a terminal: {@code [run] 7/12 cells (1 failed, 2 running) · ETA 1m05s · 12.3k/4.1k tokens · $0.42}. */
  public String line() {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(run).append("] ").append(alreadyDone + done + failed).append('/').append(total).append(" cells");
    sb.append(" (").append(done).append(" done, ").append(failed).append(" failed, ").append(running)
        .append(" running)");
    sb.append(" · elapsed ").append(format(elapsed));
    sb.append(" · ETA ").append(eta.isZero() ? "?" : format(eta));
    if (inputTokens == 0 && outputTokens == 0 && cachedCalls == 0 && unpricedCalls == 0 && spentUsd.signum() == 0) {
      return sb.append(" · no LLM call so far").toString();
    }
    sb.append(" · tokens ").append(compact(inputTokens)).append(" in / ").append(compact(outputTokens)).append(" out");
    sb.append(" · $").append(spentUsd.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()).append(" spent");
    if (unpricedCalls > 0) {
      sb.append(" + ").append(unpricedCalls).append(" calls of unknown cost");
    }
    if (cachedCalls > 0) {
      sb.append(" · ").append(cachedCalls).append(" cached calls ($0; would have cost $")
          .append(cachedValueUsd.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()).append(')');
    }
    return sb.toString();
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }

  static String compact(long n) {
    return n >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", n / 1e6)
        : n >= 1_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : Long.toString(n);
  }
}
