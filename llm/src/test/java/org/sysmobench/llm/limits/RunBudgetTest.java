package org.sysmobench.llm.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.llm.BudgetExceededException;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.RunStoppedException;

@Tag("llm")
class RunBudgetTest {

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T03:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void usdLimitStopsTheNextCallAndCountsUnpricedCalls() {
        RunBudget b = RunBudget.of(new BigDecimal("1.00"), Duration.ofHours(1), new ManualClock());
        b.checkAvailable();
        b.charge(Cost.usd(new BigDecimal("0.60")));
        b.charge(Cost.unknown("local"));
        b.checkAvailable();
        b.charge(Cost.usd(new BigDecimal("0.45")));

        assertThatThrownBy(b::checkAvailable).isInstanceOf(BudgetExceededException.class)
                .isInstanceOf(RunStoppedException.class).hasMessageContaining("$1.00").hasMessageContaining("$1.05");
        assertThat(b.unpricedCalls()).isEqualTo(1);
        assertThat(b.liveCalls()).isEqualTo(3);
    }

    @Test
    void wallTimeLimit() {
        ManualClock clock = new ManualClock();
        RunBudget b = RunBudget.of(new BigDecimal("100"), Duration.ofMinutes(30), clock);
        clock.advance(Duration.ofMinutes(29));
        b.checkAvailable();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(b::checkAvailable).isInstanceOf(BudgetExceededException.class).hasMessageContaining("PT30M");
    }
}
