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
      // epoch 1's evaluation had a grader failure: not scored, neither for nor against the model
      assertThat(weak.scored()).isEqualTo(1);
      assertThat(weak.infraFailed()).isEqualTo(1);
      assertThat(weak.graderFailures()).isEqualTo(1);
      assertThat(weak.notRun()).isZero();
      assertThat(weak.phases().get("invariants").n()).isEqualTo(1);
      assertThat(weak.best().overall()).isZero();
      assertThat(weak.topFindings()).hasSize(4).extracting(ReportData.KindCount::kind).contains("skipped");
      assertThat(d.findingKinds()).extracting(ReportData.KindCount::kind).contains("sany-parse", "invariant-violated");

      assertThat(d.leaderboard()).extracting(ReportData.LeaderRow::model).containsExactly("good", "weak");
      assertThat(d.leaderboard()).extracting(ReportData.LeaderRow::rank).containsExactly(1, 2);
      // the other profile (paper) beside the headline (sound): weak's syntax failure scores 0.25 x 0.25 there
      assertThat(d.leaderboard().get(1).otherOverall()).isCloseTo(0.0625, within(1e-9));
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

  @Test
  void aModelWithoutAScoredCellOnSomeTaskIsListedUnrankedWithTheTaskMissing() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = RunId.of("r3");
      org.sysmobench.model.TaskId other = org.sysmobench.model.TaskId.of("other-task");
      List<org.sysmobench.store.CellKey> plan = List.of(ReportFixture.key("good", 0), ReportFixture.key("weak", 0),
          new org.sysmobench.store.CellKey(other, org.sysmobench.model.ModelId.of("good"), "verbatim", 0),
          new org.sysmobench.store.CellKey(other, org.sysmobench.model.ModelId.of("weak"), "verbatim", 0));
      store.createRun(new org.sysmobench.store.RunManifest(org.sysmobench.store.RunManifest.SCHEMA,
          org.sysmobench.store.RunManifest.VERSION, "r3", org.sysmobench.store.RunStatus.STARTED,
          ReportFixture.CLOCK.instant().toString(), "", List.of("toy-lock", "other-task"), List.of("good", "weak"),
          List.of("verbatim"), 1, 1, "", 2, 1, "sound", List.of("run"), java.util.Map.of(), List.of()), plan);
      for (org.sysmobench.store.CellKey k : plan) {
        store.startCell(run, k);
        if (k.model().value().equals("weak") && k.task().equals(other)) {
          store.failCell(run, k, "ProviderCallException: 503 after 4 attempts");
        } else {
          store.completeCell(run, k, org.sysmobench.store.FailureClass.NONE, "",
              ReportFixture.result(1, k.model().value().equals("good") ? 0.5 : 1, 1, 1, false));
        }
      }
      ReportData d = ReportBuilder.build(store, List.of(run));
      // weak would rank first on toy-lock alone, but it has nothing scored on other-task: unranked
      assertThat(d.leaderboard()).extracting(ReportData.LeaderRow::model, ReportData.LeaderRow::rank)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("good", 1), org.assertj.core.groups.Tuple.tuple("weak", 0));
      assertThat(d.leaderboard().get(1).missingTasks()).containsExactly("other-task");
      assertThat(ReportFormat.MD.render(d)).contains("| – | weak | verbatim | 2 (missing: other-task) |");
    }
  }
}
