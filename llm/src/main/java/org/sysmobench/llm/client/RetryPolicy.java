package org.sysmobench.llm.client;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long to wait before the next attempt.
 *
 * <p>Order of preference, as the official SDKs do: {@code retry-after-ms}; {@code retry-after} (seconds
 * or an HTTP date); the provider's reset headers for a limit whose {@code remaining} is 0
 * ({@code anthropic-ratelimit-*-reset}: an RFC 3339 instant; {@code x-ratelimit-reset-*}: a duration such
 * as {@code 6m0s} or {@code 12ms}); otherwise exponential backoff {@code initial * 2^(n-1)}, capped,
 * shortened by up to {@code jitter} of itself so that parallel clients spread out. Server-given waits
 * are honoured up to {@code maxServerWait} (the OpenAI SDK caps at 8 s, which burns retries against a
 * 60 s limit; we do not).
 *
 * @param maxAttempts    attempts in total, the first included
 * @param initialBackoff first backoff
 * @param maxBackoff     backoff cap
 * @param maxServerWait  cap on waits the server asks for
 * @param jitter         fraction in [0, 1]
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxServerWait,
                          double jitter) {
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1]");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(120), 0.25);
    }

    /** Wait before attempt {@code failedAttempt + 1}, given the failed attempt's response headers. */
    public Duration delayAfter(int failedAttempt, HttpHeaders headers, Instant now, Random random) {
        Optional<Duration> asked = serverAskedWait(headers, now);
        if (asked.isPresent()) {
            Duration d = asked.get();
            return d.compareTo(maxServerWait) > 0 ? maxServerWait : d;
        }
        double base = initialBackoff.toMillis() * Math.pow(2, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - jitter * random.nextDouble())));
    }

    static Optional<Duration> serverAskedWait(HttpHeaders headers, Instant now) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(nonNegative(Duration.ofMillis(Math.round(Double.parseDouble(ms.get().trim())))));
            } catch (NumberFormatException ignored) {
                // fall through to the next signal
            }
        }
        Optional<String> ra = headers.firstValue("retry-after");
        if (ra.isPresent()) {
            String v = ra.get().trim();
            try {
                return Optional.of(nonNegative(Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Optional.of(nonNegative(Duration.between(now, at)));
                } catch (DateTimeParseException ignored) {
                    // fall through
                }
            }
        }
        return resetHeaderWait(headers, now);
    }

    /** The longest reset among exhausted limits; a limit with no remaining header counts as exhausted. */
    private static Optional<Duration> resetHeaderWait(HttpHeaders headers, Instant now) {
        Duration longest = null;
        for (Map.Entry<String, java.util.List<String>> h : headers.map().entrySet()) {
            String name = h.getKey().toLowerCase();
            if (h.getValue().isEmpty() || !name.contains("-reset")) {
                continue;
            }
            String remainingName = name.replace("-reset", "-remaining");
            Optional<String> remaining = headers.firstValue(remainingName);
            if (remaining.isPresent() && !remaining.get().trim().equals("0")) {
                continue;
            }
            Optional<Duration> d = Optional.empty();
            String v = h.getValue().get(0).trim();
            if (name.startsWith("anthropic-ratelimit-")) {
                try {
                    d = Optional.of(Duration.between(now, Instant.parse(v)));
                } catch (DateTimeParseException ignored) {
                    // an unreadable reset is no signal
                }
            } else if (name.startsWith("x-ratelimit-reset-")) {
                d = goDuration(v);
            }
            if (d.isPresent() && (longest == null || d.get().compareTo(longest) > 0)) {
                longest = d.get();
            }
        }
        return Optional.ofNullable(longest).map(RetryPolicy::nonNegative);
    }

    /** Parses {@code 1h2m3.5s}, {@code 6m0s}, {@code 12ms}, {@code 0.5s}. */
    static Optional<Duration> goDuration(String v) {
        Matcher m = GO_DURATION.matcher(v);
        double millis = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return Optional.empty();
            }
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
            end = m.end();
        }
        return end == v.length() && end > 0 ? Optional.of(Duration.ofMillis(Math.round(millis))) : Optional.empty();
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
