package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunProgressTest {

  @Test
  void cacheHitsCostNothingAndWhatTheyWouldHaveCostIsSaidApart() {
    RunProgress p = new RunProgress("r", 10, 0, 4, 1, 2, 12_300, 4_100, 3, new BigDecimal("0.42"), 1,
        Duration.ofSeconds(65), Duration.ofSeconds(90), new BigDecimal("0.1234"));

    assertThat(p.line()).isEqualTo("[r] 5/10 cells (4 done, 1 failed, 2 running) · elapsed 1m05s · ETA 1m30s"
        + " · tokens 12.3k in / 4.1k out · $0.4200 spent + 1 calls of unknown cost · 3 cached calls ($0; would have"
        + " cost $0.1234)");
  }

  @Test
  void aRunOfPseudoModelsSaysItCallsNoLlm() {
    RunProgress p = new RunProgress("r", 2, 0, 1, 0, 1, 0, 0, 0, BigDecimal.ZERO, 0, Duration.ofSeconds(3),
        Duration.ofSeconds(3), BigDecimal.ZERO);

    assertThat(p.line()).endsWith("ETA 3s · no LLM call so far");
  }

  @Test
  void offATerminalStatusLinesArePlainLinesWithoutControlCharacters() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    StatusConsole console = new StatusConsole(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
    console.status("1/2");
    console.line("cell done");
    console.status("2/2");
    console.clearStatus();

    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("1/2\ncell done\n2/2\n");
  }

  @Test
  void onATerminalTheStatusLineIsRewrittenInPlaceBelowTheLinesThatStay() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    StatusConsole console = new StatusConsole(new PrintStream(buf, true, StandardCharsets.UTF_8), true);
    console.status("1/2");
    console.line("cell done");
    console.clearStatus();

    assertThat(buf.toString(StandardCharsets.UTF_8))
        .isEqualTo("\r\u001b[2K1/2" + "\r\u001b[2Kcell done\n1/2" + "\r\u001b[2K");
  }

  @Test
  void aRetryIsOneLineSayingWhatHappenedAndHowLongItWaits() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ProgressLine progress = new ProgressLine(new PrintStream(buf, true, StandardCharsets.UTF_8));
    progress.retrying("gpt-5.5", 1, "HTTP 429: rate_limit_exceeded: Rate limit reached", Duration.ofMillis(2500));

    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("  gpt-5.5: attempt 1 failed: HTTP 429:"
        + " rate_limit_exceeded: Rate limit reached; retrying in 2.5 s\n");
  }
}
