package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Classification of recorded real TLC output (golden files under {@code tool-output/}, captured
 * from plain TLC with {@code -tool}; only pid, host and paths were blanked).
 */
class OutcomeClassifierTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = OutcomeClassifierTest.class.getResourceAsStream("/tool-output/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void noErrorWithStatesLeftOnTheQueueIsIncompleteNeverOk() throws IOException {
    // java -Dtlc2.TLC.stopAfter=2 tlc2.TLC -tool Explode.tla: exit 0, "No error has been found", 8201 left.
    String out = golden("explode-stopafter.out");
    TlcJob job = TlcJob.modelCheck(Path.of("Explode.tla")).withSeed(1);
    TlcResult r = OutcomeClassifier.classify(job, new RawRun(0, out, false, "", HookReport.EMPTY, "", Map.of(), 2776, ""), Duration.ofSeconds(3));
    assertThat(ToolOutput.parse(out).has(2193)).as("TLC claims success").isTrue();
    assertThat(r.outcome()).isInstanceOfSatisfying(TlcOutcome.Incomplete.class,
        i -> assertThat(i.budget()).isEqualTo(TlcOutcome.Budget.UNFINISHED_SEARCH));
    assertThat(r.stats().generated()).isEqualTo(1031989);
    assertThat(r.stats().distinct()).isEqualTo(352197);
    assertThat(r.stats().leftOnQueue()).isEqualTo(8201);
    assertThat(r.stats().depth()).isEqualTo(128);
  }

  @Test
  void truncatedOutputStillSplitsIntoMessages() throws IOException {
    String out = golden("explode-stopafter.out");
    ToolOutput cut = ToolOutput.parse(out.substring(0, out.indexOf("@!@!@ENDMSG 2199")));
    assertThat(cut.last(2199)).hasValueSatisfying(m -> assertThat(m.body()).contains("8201 states left on queue"));
  }

  @Test
  void aDriverFailureIsOurFault() {
    TlcJob job = TlcJob.modelCheck(Path.of("X.tla")).withSeed(1);
    TlcResult r = OutcomeClassifier.classify(job, new RawRun(-1, "", false, "", HookReport.EMPTY, "", Map.of(), 0, "java.lang.LinkageError"),
        Duration.ZERO);
    assertThat(r.outcome()).isInstanceOf(TlcOutcome.HarnessError.class);
  }
}
