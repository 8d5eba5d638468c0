package org.sysmobench.llm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("llm")
class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-29T03:30:00Z");
    private final RetryPolicy policy = RetryPolicy.defaults();

    private static HttpHeaders headers(String... pairs) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1]));
        }
        return HttpHeaders.of(m, (a, b) -> true);
    }

    private Duration delay(int attempt, HttpHeaders h) {
        return policy.delayAfter(attempt, h, NOW, new Random(7));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(delay(1, headers("retry-after", "3"))).isEqualTo(Duration.ofSeconds(3));
        assertThat(delay(1, headers("retry-after", "Sun, 29 Nov 2026 03:30:45 GMT"))).isEqualTo(Duration.ofSeconds(45));
        assertThat(delay(1, headers("retry-after", "Sun, 29 Nov 2026 03:00:00 GMT"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void longServerWaitsAreHonouredUpToTheCap() {
        assertThat(delay(1, headers("retry-after", "60"))).isEqualTo(Duration.ofSeconds(60));
        assertThat(delay(1, headers("retry-after", "3600"))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void openAiResetDurationsCountOnlyForExhaustedLimits() {
        HttpHeaders h = headers("x-ratelimit-remaining-requests", "499", "x-ratelimit-reset-requests", "120ms",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "6m0s");
        assertThat(delay(1, h)).isEqualTo(Duration.ofSeconds(120)); // 6 minutes, capped
        HttpHeaders small = headers("x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "1.5s");
        assertThat(delay(1, small)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void goDurations() {
        assertThat(RetryPolicy.goDuration("1h2m3.5s")).hasValue(Duration.ofMillis(3_723_500));
        assertThat(RetryPolicy.goDuration("12ms")).hasValue(Duration.ofMillis(12));
        assertThat(RetryPolicy.goDuration("soon")).isEmpty();
        assertThat(RetryPolicy.goDuration("")).isEmpty();
    }

    @Test
    void exponentialBackoffIsCappedAndJitteredDownwards() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            double full = Math.min(500 * Math.pow(2, attempt - 1), 30_000);
            assertThat(delay(attempt, headers()).toMillis())
                    .isBetween(Math.round(full * 0.75), Math.round(full));
        }
    }
}
