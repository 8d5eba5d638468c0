package org.sysmobench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.RunId;
import org.sysmobench.store.RunStore;

class LeaderboardTest {
  @TempDir Path dir;

  @Test
  void theLeaderboardIsTheReportsRankingAsDataAndItsMarkdownIsTheReportsSection() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = ReportFixture.write(store, "r1");
      ReportData d = ReportBuilder.build(store, List.of(run));
      Leaderboard board = Leaderboard.of(d);

      assertThat(board.skippedTasks()).isEmpty();
      assertThat(board.rows()).extracting(ReportData.LeaderRow::model).containsExactly("good", "weak");
      assertThat(board.rows()).extracting(ReportData.LeaderRow::rank).containsExactly(1, 2);
      String md = board.toMarkdown();
      assertThat(md).startsWith("## Leaderboard\n\n| # | model | agent |").contains("| 1 | good | verbatim |")
          .doesNotContain("## Task", "## Runs").endsWith(" |\n");
      assertThat(md.lines()).hasSize(2 + 2 + 2); // title, blank, header, rule, one line per row
      assertThat(ReportFormat.MD.render(d)).contains("\n" + md + "\n## Task x model x agent");
    }
  }

  @Test
  void skippedTasksComeFirstSoTheRankingIsNeverReadWithoutThem() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId run = ReportFixture.writePseudoAndCached(store, "r3");
      ReportData d = ReportBuilder.build(store, List.of(run));
      Leaderboard board = Leaderboard.of(d);

      assertThat(board.skippedTasks()).containsExactly(
          "rust-spin: cargo: not on the PATH (install: sudo apt-get install -y cargo librust-spin-dev)");
      assertThat(board.toMarkdown()).startsWith("## Skipped tasks\n\n- rust-spin: cargo: not on the PATH")
          .contains("\n\n## Leaderboard\n\n");
      assertThat(ReportFormat.MD.render(d)).contains("\n" + board.toMarkdown() + "\n## Task x model x agent");
    }
  }

  @Test
  void aRunOfSeveralNamesTheRunThatSkippedATask() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId a = ReportFixture.writePseudoAndCached(store, "r3");
      RunId b = ReportFixture.write(store, "r1");
      Leaderboard board = Leaderboard.of(ReportBuilder.build(store, List.of(a, b)));
      assertThat(board.skippedTasks()).singleElement().satisfies(line -> assertThat(line).endsWith(" (run r3)"));
    }
  }
}
