package org.sysmobench.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run's id, which is also its folder name under a results folder's {@code runs/}: letters, digits,
 * dots, dashes and underscores (so it is safe as a file name on every OS).
 */
public record RunId(String value) implements Comparable<RunId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  public RunId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("run id must be 1-100 letters, digits, '.', '-' or '_', got: " + value);
    }
  }

  public static RunId of(String value) {
    return new RunId(value);
  }

  /** A fresh id that sorts by start time: {@code 20260101-120000-4f2a}. */
  public static RunId startingAt(Instant start, long salt) {
    return new RunId(STAMP.format(start) + "-" + String.format(Locale.ROOT, "%04x", salt & 0xffff));
  }

  @Override
  public int compareTo(RunId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
