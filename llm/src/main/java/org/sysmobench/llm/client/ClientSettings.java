package org.sysmobench.llm.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How clients behave on the network. Defaults follow the policy measured in the reference notes: stream
 * always, 3-minute idle timeout (reasoning models can be silent for a while; Anthropic pings), 60-minute
 * cap per attempt, 30-second connect timeout.
 *
 * @param retry          when and how long to wait before another attempt
 * @param connectTimeout TCP/TLS connect limit
 * @param idleTimeout    no byte for this long (before headers or mid-stream) aborts the attempt, retried
 * @param totalTimeout   one attempt may not take longer than this, even while bytes flow; not retried
 * @param sleeper        waits between attempts
 * @param random         jitter source; seed it for reproducible waits
 * @param clock          wall clock for HTTP dates and reset instants in rate-limit headers
 * @param observer       hears retries and completions
 */
public record ClientSettings(RetryPolicy retry, Duration connectTimeout, Duration idleTimeout, Duration totalTimeout,
                             Sleeper sleeper, Random random, Clock clock, CallObserver observer) {
    public ClientSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(observer, "observer");
        if (idleTimeout.isZero() || idleTimeout.isNegative() || totalTimeout.isZero() || totalTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static ClientSettings defaults() {
        return new ClientSettings(RetryPolicy.defaults(), Duration.ofSeconds(30), Duration.ofMinutes(3),
                Duration.ofMinutes(60), Sleeper.SYSTEM, new Random(), Clock.systemUTC(), CallObserver.NONE);
    }

    public ClientSettings withRetry(RetryPolicy value) {
        return new ClientSettings(value, connectTimeout, idleTimeout, totalTimeout, sleeper, random, clock, observer);
    }

    public ClientSettings withTimeouts(Duration connect, Duration idle, Duration total) {
        return new ClientSettings(retry, connect, idle, total, sleeper, random, clock, observer);
    }

    public ClientSettings withSleeper(Sleeper value) {
        return new ClientSettings(retry, connectTimeout, idleTimeout, totalTimeout, value, random, clock, observer);
    }

    public ClientSettings withRandom(Random value) {
        return new ClientSettings(retry, connectTimeout, idleTimeout, totalTimeout, sleeper, value, clock, observer);
    }

    public ClientSettings withClock(Clock value) {
        return new ClientSettings(retry, connectTimeout, idleTimeout, totalTimeout, sleeper, random, value, observer);
    }

    public ClientSettings withObserver(CallObserver value) {
        return new ClientSettings(retry, connectTimeout, idleTimeout, totalTimeout, sleeper, random, clock, value);
    }
}
