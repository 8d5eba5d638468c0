package org.sysmobench.llm.limits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sysmobench.llm.BudgetExceededException;
import org.sysmobench.llm.Cost;

/**
 * A run's spending limit in USD and wall time. Clients {@link #checkAvailable() check} before each
 * attempt and {@link #charge(Cost) charge} after each live call; the first check after a limit is passed
 * throws {@link BudgetExceededException}. A call in flight is allowed to finish (its tokens are paid for
 * whether we read them or not), so spending can overshoot by at most the calls in flight.
 * Unpriced calls are counted, so a report can say "plus N calls of unknown cost".
 */
public final class RunBudget {
    private final BigDecimal maxUsd;
    private final Duration maxWallTime;
    private final Clock clock;
    private final Instant started;
    private BigDecimal spent = BigDecimal.ZERO;
    private long unpricedCalls;
    private long liveCalls;

    private RunBudget(BigDecimal maxUsd, Duration maxWallTime, Clock clock) {
        this.maxUsd = maxUsd;
        this.maxWallTime = maxWallTime;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
    }

    /** No limits; still accounts spending. */
    public static RunBudget unlimited(Clock clock) {
        return new RunBudget(null, null, clock);
    }

    /** Limits on USD and wall time, counted from now. */
    public static RunBudget of(BigDecimal maxUsd, Duration maxWallTime, Clock clock) {
        if (maxUsd.signum() < 0 || maxWallTime.isNegative()) {
            throw new IllegalArgumentException("budget limits must be >= 0");
        }
        return new RunBudget(maxUsd, maxWallTime, clock);
    }

    /** @throws BudgetExceededException when either limit is used up */
    public synchronized void checkAvailable() {
        if (maxUsd != null && spent.compareTo(maxUsd) >= 0) {
            throw new BudgetExceededException("run budget of $" + maxUsd.toPlainString() + " is used up ($"
                    + spent.toPlainString() + " spent in " + liveCalls + " calls); no further LLM call was started");
        }
        Duration elapsed = elapsed();
        if (maxWallTime != null && elapsed.compareTo(maxWallTime) >= 0) {
            throw new BudgetExceededException("run wall-time budget of " + maxWallTime + " is used up ("
                    + elapsed.withNanos(0) + " elapsed); no further LLM call was started");
        }
    }

    public synchronized void charge(Cost cost) {
        liveCalls++;
        if (cost instanceof Cost.Known k) {
            spent = spent.add(k.usd());
        } else {
            unpricedCalls++;
        }
    }

    public synchronized BigDecimal spentUsd() {
        return spent;
    }

    public synchronized long unpricedCalls() {
        return unpricedCalls;
    }

    public synchronized long liveCalls() {
        return liveCalls;
    }

    public Duration elapsed() {
        return Duration.between(started, clock.instant());
    }

    @Override
    public synchronized String toString() {
        return "RunBudget[spent $" + spent.toPlainString() + (maxUsd == null ? "" : " of $" + maxUsd.toPlainString())
                + ", " + liveCalls + " calls, " + unpricedCalls + " unpriced"
                + (maxWallTime == null ? "" : ", wall limit " + maxWallTime) + "]";
    }
}
