package org.sysmobench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunStore;

class ReportBuilderTest {
  @TempDir Path dir;

  @Test
  void aggregatesEpochsWithIntervalsPassAtKBestOfNAndExcludesGraderFailures() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = ReportFixture.write(store, "r1");
      ReportData d = ReportBuilder.build(store, List.of(run));

      ReportData.GroupRow good = group(d, "good");
      assertThat(good.scored()).isEqualTo(3);
      assertThat(good.phases().get("invariants").mean()).isCloseTo(2.5 / 3, within(1e-9));
      // t(0.975, 2) = 4.303; s = sqrt(((1/6)^2 * 2 + (1/3)^2) / 2) = 0.2887
      assertThat(good.phases().get("invariants").lo()).isCloseTo(2.5 / 3 - 4.303 * 0.288675 / Math.sqrt(3),
          within(1e-4));
      assertThat(good.phases().get("invariants").hi()).isEqualTo(1.0);
      assertThat(good.phases().get("syntax").lo()).isEqualTo(1.0);
      assertThat(good.passAtK()).containsEntry("1", 2.0 / 3).containsEntry("2", 1.0).containsEntry("3", 1.0);
      assertThat(good.best().overall()).isEqualTo(1.0);
      assertThat(good.best().epoch()).isZero();
      assertThat(good.liveness()).isEqualTo(new ReportData.Rate(3, 3));
      assertThat(good.safety()).isEqualTo(new ReportData.Rate(2, 3));
      assertThat(good.usage().spentUsd()).isEqualByComparingTo("0.03");

      ReportData.GroupRow weak = group(d, "weak");
      assertThat(weak.scored()).isEqualTo(2);
      assertThat(weak.infraFailed()).isEqualTo(1);
      assertThat(weak.graderFailures()).isEqualTo(1);
      // the grader-failed invariants phase is left out: only epoch 0's (skipped, 0) counts
      assertThat(weak.phases().get("invariants").n()).isEqualTo(1);
      // epoch 1's overall without the grader-failed phase: (1 + 0.5 + 0) / 3
      assertThat(weak.best().overall()).isCloseTo(0.5, within(1e-9));
      assertThat(weak.topFindings()).hasSize(5).extracting(ReportData.KindCount::kind).contains("skipped");
      assertThat(d.findingKinds()).extracting(ReportData.KindCount::kind).contains("sany-parse", "invariant-violated");

      assertThat(d.leaderboard()).extracting(ReportData.LeaderRow::model).containsExactly("good", "weak");
      assertThat(d.leaderboard().get(0).rank()).isEqualTo(1);
      assertThat(d.findingKinds()).isNotEmpty();
      assertThat(d.runs()).singleElement().satisfies(r -> {
        assertThat(r.infraFailed()).isEqualTo(1);
        assertThat(r.done()).isEqualTo(5);
      });
    }
  }

  @Test
  void jsonRoundTripsAndMarkdownHasEveryTable() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = ReportFixture.write(store, "r1");
      ReportData d = ReportBuilder.build(store, List.of(run));
      String json = JsonReport.render(d);
      assertThat(JsonReport.read(json)).isEqualTo(d);
      String md = ReportFormat.MD.render(d);
      assertThat(md).contains("## Leaderboard", "| 1 | good | verbatim |", "## Safety vs liveness",
          "| runtime | action-error | 1 |", "83.3 [");
    }
  }

  @Test
  void aLeaderboardPoolsTheEpochsOfSeveralRuns() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId a = ReportFixture.write(store, "r1");
      RunId b = ReportFixture.write(store, "r2");
      ReportData d = ReportBuilder.build(store, List.of(a, b));
      assertThat(group(d, "good").scored()).isEqualTo(6);
      assertThat(d.leaderboard()).hasSize(2);
      assertThat(d.runs()).hasSize(2);
    }
  }

  @Test
  void skippedTasksPseudoModelsAndCacheHitsAreSaidForWhatTheyAre() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = ReportFixture.writePseudoAndCached(store, "r3");
      ReportData d = ReportBuilder.build(store, List.of(run));

      assertThat(d.runs().get(0).skippedTasks()).containsEntry("rust-spin",
          "cargo: not on the PATH (install: sudo apt-get install -y cargo librust-spin-dev)");
      ReportData.GroupRow pseudo = d.groups().stream().filter(g -> g.model().equals("mutant:no-exclusion@toy-lock"))
          .findFirst().orElseThrow();
      assertThat(pseudo.usage().calls()).isZero();
      ReportData.GroupRow cached = d.groups().stream().filter(g -> g.model().equals("good")).findFirst().orElseThrow();
      assertThat(cached.usage().spentUsd()).isZero();
      assertThat(cached.usage().cachedValueUsd()).isEqualByComparingTo("0.01");

      String md = ReportFormat.MD.render(d);
      assertThat(md).contains("## Skipped tasks", "- rust-spin: cargo: not on the PATH (install: sudo apt-get install -y"
          + " cargo librust-spin-dev)", "| mutant:no-exclusion@toy-lock | — (pseudo-model) |", "| – (no LLM call) | – |",
          "$0.0000 (1 cached: $0, would have cost $0.0100)");
      String html = ReportFormat.fromId("html").render(d);
      assertThat(html).contains("id=\"skipped-tasks\"",
          "pseudo-model: mutant no-exclusion of toy-lock; no agent, no LLM call", "LLM 1 calls (1 cached)");
    }
  }

  @Test
  void estimatesAndPassAtK() {
    assertThat(Estimate.of(List.of(0.5, 0.7, 0.9)).lo()).isCloseTo(0.7 - 4.303 * 0.2 / Math.sqrt(3), within(1e-9));
    assertThat(Estimate.of(List.of(0.4)).hasInterval()).isFalse();
    assertThat(Estimate.of(List.of()).n()).isZero();
    assertThat(PassAtK.estimate(3, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(PassAtK.estimate(3, 1, 2)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(PassAtK.estimate(5, 0, 3)).isZero();
    assertThat(PassAtK.estimate(10, 3, 1)).isCloseTo(0.3, within(1e-12));
  }

  static ReportData.GroupRow group(ReportData d, String model) {
    return d.groups().stream().filter(g -> g.model().equals(model)).findFirst().orElseThrow();
  }
}
