package org.sysmobench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.Verdict;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.model.result.DiscoveryResult.TemplateCoverage;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * The invariants track in a report: per model and agent its score next to the spec track's overall of the
 * same model and agent, the rejected properties counted by reason, and the accepted properties no expert
 * template covers, shown in full for people to read.
 */
class DiscoveryReportTest {
  @TempDir Path dir;

  static PropertyResult property(String name, PropertyStatus status, List<String> implies) {
    return new PropertyResult(name, "safety", "meaning of " + name, name + " == holds = holds", status,
        status == PropertyStatus.ACCEPTED ? "" : "why " + name, List.of(), implies, List.of());
  }

  static DiscoveryResult result() {
    List<PropertyResult> properties = List.of(
        property("MutualExclusion", PropertyStatus.ACCEPTED, List.of("MutualExclusion")),
        property("ReleaseStaysOut", PropertyStatus.ACCEPTED, List.of()),
        property("Tautology", PropertyStatus.TRIVIAL, List.of()),
        property("NobodyWaits", PropertyStatus.UNSOUND, List.of()),
        property("Always", PropertyStatus.NOT_DISCRIMINATING, List.of()));
    return new DiscoveryResult(DiscoveryResult.SCHEMA, DiscoveryResult.VERSION, "toy-lock", "0".repeat(64), "scoring",
        1, properties, List.of(new TemplateCoverage("MutualExclusion", "safety", List.of("MutualExclusion"), true),
            new TemplateCoverage("EventualAcquire", "liveness", List.of(), true)),
        Map.of("accepted", 2, "trivial", 1, "unsound", 1, "not-discriminating", 1), 2, 2.0 / 3, 1.0, 0.5, 0.5,
        Verdict.FAIL, true, List.of(), Map.of());
  }

  @Test
  void theTrackSitsNextToTheSpecTrackWithItsRejectionsAndUncoveredDiscoveries() {
    try (RunStore store = ReportFixture.store(dir)) {
      RunId spec = ReportFixture.write(store, "spec-run");
      RunId inv = RunId.of("invariants-run");
      CellKey cell = new CellKey(ReportFixture.TASK, ModelId.of("good"), "invariants:verbatim", 0);
      store.createRun(new RunManifest(RunManifest.SCHEMA, RunManifest.VERSION, inv.value(), RunStatus.STARTED,
          ReportFixture.CLOCK.instant().toString(), "", List.of("toy-lock"), List.of("good"),
          List.of("invariants:verbatim"), 1, 1, "", 2, 1, "paper", List.of("run", "--track", "invariants"), Map.of(),
          List.of()), List.of(cell));
      store.startCell(inv, cell);
      store.completeCell(inv, cell, FailureClass.NONE, "", "discovery:1", DiscoveryResultJson.write(result()));
      store.updateManifest(store.requireRun(inv).finished(RunStatus.FINISHED, ReportFixture.CLOCK.instant().toString(),
          List.of()));

      ReportData d = ReportBuilder.build(store, List.of(spec, inv));

      double specOverall = d.leaderboard().stream().filter(r -> r.model().equals("good")).findFirst().orElseThrow()
          .overall();
      assertThat(d.discovery().rows()).singleElement().satisfies(r -> {
        assertThat(r.model()).isEqualTo("good");
        assertThat(r.agent()).isEqualTo("verbatim");
        assertThat(r.score()).isEqualTo(0.5);
        assertThat(r.specOverall()).isEqualTo(specOverall);
        assertThat(r.rejected()).containsExactlyInAnyOrderEntriesOf(Map.of("trivial", 1, "unsound", 1,
            "not-discriminating", 1));
      });
      assertThat(d.discovery().uncovered()).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo("ReleaseStaysOut");
        assertThat(p.definition()).isEqualTo("ReleaseStaysOut == holds = holds");
      });
      assertThat(d.leaderboard()).as("invariants-track cells are not spec-track entrants")
          .noneMatch(r -> r.agent().startsWith("invariants:"));
      assertThat(JsonReport.read(JsonReport.render(d))).isEqualTo(d);

      String md = ReportFormat.MD.render(d);
      assertThat(md).contains("## Invariants track", "| good | verbatim | 1 | 50.0", "1 not-discriminating, 1 trivial,"
          + " 1 unsound", "### Discoveries no expert template covers", "ReleaseStaysOut (safety)",
          "`ReleaseStaysOut == holds = holds`");
      assertThat(md).contains(" | " + Fmt.pct(specOverall) + " |\n");
      assertThat(ReportFormat.HTML.render(d)).contains("Invariants track", "ReleaseStaysOut == holds = holds");
    }
  }
}
