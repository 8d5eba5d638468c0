package org.sysmobench.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sysmobench.tla.scratch.ScratchFolder;

/**
 * Checks of option values, made before any work starts, so that a bad value costs nothing and a result
 * is never lost to an output path found unwritable at the end. Each failure is a {@link UsageError}
 * naming the option, the value and what would be accepted.
 */
final class OptionChecks {
  /** Longest wall-time budget accepted: longer is a typo, and would overflow as nanoseconds. */
  static final Duration MAX_DURATION = Duration.ofDays(30);
  private static final Pattern SIZE = Pattern.compile("(\\d{1,7})([kKmMgG]?)");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,9})?)(ms|s|m|h)?");
  private static final long MIN_HEAP = 64L << 20;
  private static final long MAX_HEAP = 1L << 40;

  private OptionChecks() {}

  static int inRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UsageError(option + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  static long atLeast(String option, long value, long min) {
    if (value < min) {
      throw new UsageError(option + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  /** A whole number written by the user inside another option ({@code states=1_000}). */
  static long number(String option, String text, long min, long max) {
    String t = text == null ? "" : text.strip().replace("_", "");
    long v;
    try {
      v = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new UsageError(option + " must be a whole number, got '" + text + "'");
    }
    if (v < min || v > max) {
      throw new UsageError(option + " must be between " + min + " and " + max + ", got " + v);
    }
    return v;
  }

  /** A JVM heap size such as {@code 768m} or {@code 2g}, between 64 MB and 1 TB. */
  static String heapSize(String option, String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new UsageError(option + " must be a size such as 768m or 2g, got '" + text + "'");
    }
    long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 1L << 10;
      case "m" -> 1L << 20;
      case "g" -> 1L << 30;
      default -> 1L;
    };
    long bytes = Long.parseLong(m.group(1)) * unit;
    if (bytes < MIN_HEAP || bytes > MAX_HEAP) {
      throw new UsageError(option + " must be between 64m and 1024g, got '" + text + "'");
    }
    return m.group(1) + m.group(2).toLowerCase(Locale.ROOT);
  }

  /** A duration such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1.5h} (a bare number is seconds). */
  static Duration duration(String option, String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UsageError(option + " must be a duration such as 30s, 500ms, 2m or 1h, got '" + text + "'");
    }
    BigDecimal amount = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    BigDecimal millis = amount.multiply(BigDecimal.valueOf(switch (unit) {
      case "ms" -> 1L;
      case "m" -> 60_000L;
      case "h" -> 3_600_000L;
      default -> 1_000L;
    }));
    if (millis.compareTo(BigDecimal.ONE) < 0 || millis.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) > 0) {
      throw new UsageError(option + " must be between 1ms and " + MAX_DURATION.toDays() + " days, got '" + text + "'");
    }
    return Duration.ofMillis(millis.longValue());
  }

  /** A non-negative amount of money, e.g. {@code 2.50}. */
  static String dollars(String option, String text) {
    try {
      BigDecimal v = new BigDecimal(text.strip());
      if (v.signum() >= 0) {
        return v.toPlainString();
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageError(option + " must be an amount of US dollars such as 5 or 2.50, got '" + text + "'");
  }

  /** One of the given words, case-insensitive. */
  static String oneOf(String option, String value, Collection<String> allowed) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new UsageError("unknown " + option + " '" + value + "' (use " + String.join(", ", allowed) + ")");
    }
    return v;
  }

  static <E extends Enum<E>> String ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  static Path existingFile(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageError(option + ": no such file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new UsageError(option + ": cannot read " + file + ": Permission denied");
    }
    return file;
  }

  static Path existingFolder(String option, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UsageError(option + ": no such folder: " + folder);
    }
    return folder;
  }

  /** A text file read whole, which must be UTF-8 (a TLA+ spec or a TLC config). */
  static String utf8Text(String option, Path file) {
    existingFile(option, file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UsageError(option + ": " + file + " is not UTF-8 text (is it the right file?)");
    } catch (IOException e) {
      throw new UsageError(option + ": cannot read " + file + ": " + ScratchFolder.describe(e));
    }
  }

  /**
   * A file this command will write at the end: its folder is created if missing and must take a new
   * file now, so that the work is not done for nothing.
   */
  static Path writableFile(String option, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new UsageError(option + ": " + file + " is a folder, not a file");
    }
    if (abs.getParent() != null) {
      writableFolder(option, abs.getParent());
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw new UsageError(option + ": cannot write " + file + ": Permission denied");
    }
    return file;
  }

  /** A folder this command will write into: created if missing, and tried with a file now. */
  static Path writableFolder(String option, Path folder) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".sysmobench-probe-", ".tmp");
      Files.delete(probe);
      return folder;
    } catch (IOException e) {
      String why = option + ": cannot write in " + folder + ": " + ScratchFolder.describe(e);
      if (why.contains("No space left")) {
        throw new java.io.UncheckedIOException(why, e); // the environment's fault, not the command line's
      }
      throw new UsageError(why);
    }
  }
}
