package org.sysmobench.runs;

import java.time.Duration;
import java.util.Locale;

/** Durations as a person reads them in progress lines: {@code 850 ms}, {@code 42 s}, {@code 3m05s}. */
public final class ProgressTime {
  private ProgressTime() {}

  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    long s = d.toSeconds();
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
  }
}
