package org.sysmobench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;

class RunStoreTest {
  @TempDir Path dir;

  @Test
  void aRunRoundTripsThroughTheIndexTheArtifactsAndTheExport() throws Exception {
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      SampleRun.write(store);
    }
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
      RunManifest m = store.requireRun(SampleRun.RUN);
      assertThat(m.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(Files.readString(store.manifestFile(SampleRun.RUN))).contains("\"status\" : \"FINISHED\"");
      List<CellRecord> cells = store.cells(SampleRun.RUN);
      assertThat(cells).extracting(CellRecord::status)
          .containsExactly(CellStatus.DONE, CellStatus.DONE, CellStatus.INFRA_FAILED);
      assertThat(cells.get(0).artifacts()).containsKeys("spec", "cfg", "eval:1");
      assertThat(store.artifacts().read(cells.get(0).artifacts().get("spec"))).contains("MODULE ToyLock");
      List<CellScoring> scored = store.scorings(SampleRun.RUN, 1);
      assertThat(scored).hasSize(2);
      assertThat(scored.get(0).result()).isEqualTo(SampleRun.result(true));
      assertThat(scored.get(1).result()).isEqualTo(SampleRun.result(false));
      List<LlmCallRecord> calls = store.llmCalls(SampleRun.RUN, SampleRun.C);
      assertThat(calls).singleElement().satisfies(c -> {
        assertThat(c.costKnown()).isFalse();
        assertThat(c.truncated()).isTrue();
      });
      assertThat(store.llmCalls(SampleRun.RUN, SampleRun.A).get(0).spentUsd()).isEqualByComparingTo("0.0125");

      RunExport export = RunExport.of(store, SampleRun.RUN);
      String json = export.toJson();
      assertThat(RunExport.fromJson(json)).isEqualTo(export);
      assertThat(RunExport.fromJson(json).toJson()).isEqualTo(json);
    }
  }

  @Test
  void aRescoreAddsAVersionAlongsideTheOldOne() {
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      SampleRun.write(store);
      ScoringVersion v2 = store.addScoringVersion(SampleRun.RUN, "strict", "rescore");
      assertThat(v2.version()).isEqualTo(2);
      store.addScoring(SampleRun.RUN, SampleRun.A, 2, SampleRun.result(false));
      assertThat(store.scorings(SampleRun.RUN, 1).get(0).result()).isEqualTo(SampleRun.result(true));
      assertThat(store.scorings(SampleRun.RUN, 2)).singleElement()
          .satisfies(s -> assertThat(s.result()).isEqualTo(SampleRun.result(false)));
      assertThat(store.latestScoring(SampleRun.RUN).profile()).isEqualTo("strict");
    }
  }

  @Test
  void aCellScoredAgainReplacesItsRowsUnderTheSameVersion() {
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      SampleRun.write(store);
      store.startCell(SampleRun.RUN, SampleRun.A);
      store.completeCell(SampleRun.RUN, SampleRun.A, FailureClass.NONE, "", SampleRun.result(false));
      assertThat(store.scorings(SampleRun.RUN, 1)).hasSize(2).first()
          .satisfies(s -> assertThat(s.result()).isEqualTo(SampleRun.result(false)));
      assertThat(store.cells(SampleRun.RUN).get(0).attempts()).isEqualTo(2);
    }
  }

  @Test
  void anIndexNewerThanThisCodeIsRefusedNotMisread() throws Exception {
    RunStore.open(dir, SampleRun.CLOCK).close();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(RunStore.INDEX_FILE))) {
      c.createStatement().execute("INSERT INTO schema_migrations VALUES (" + (Migrations.LATEST + 1) + ", 'future', '')");
    }
    assertThatThrownBy(() -> RunStore.open(dir, SampleRun.CLOCK)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this sysmobench");
  }

  @Test
  void aDamagedArtifactIsReportedNotServed() throws Exception {
    try (RunStore store = RunStore.open(dir, SampleRun.CLOCK)) {
      String sha = store.artifacts().put("hello");
      Files.writeString(store.artifacts().pathOf(sha), "hellO");
      assertThatThrownBy(() -> store.artifacts().read(sha)).isInstanceOf(StoreException.class).hasMessageContaining("damaged");
    }
  }

  /**
   * Many threads on one store, plus a second store instance on the same folder (as a second process
   * would): every write lands, nothing is lost to SQLITE_BUSY.
   */
  @Test
  void concurrentWritersLoseNothing() throws Exception {
    int cellsPerRun = 40;
    try (RunStore one = RunStore.open(dir, SampleRun.CLOCK); RunStore two = RunStore.open(dir, SampleRun.CLOCK)) {
      List<RunId> runs = List.of(RunId.of("run-a"), RunId.of("run-b"));
      List<List<CellKey>> plans = new ArrayList<>();
      for (RunId r : runs) {
        List<CellKey> plan = new ArrayList<>();
        for (int i = 0; i < cellsPerRun; i++) {
          plan.add(new CellKey(TaskId.of("toy-lock"), ModelId.of("m" + (i % 4)), "verbatim", i / 4));
        }
        plans.add(plan);
        RunManifest m = SampleRun.manifest();
        (r.value().equals("run-a") ? one : two).createRun(new RunManifest(m.schema(), m.version(), r.value(),
            m.status(), m.startedAt(), "", m.tasks(), m.models(), m.agents(), m.epochs(), m.seed(), m.budgetUsd(),
            m.maxLlmConcurrency(), m.maxTlcJobs(), m.profile(), m.commandLine(), m.environment(), m.notes()), plan);
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> futures = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        RunStore store = r == 0 ? one : two;
        RunId run = runs.get(r);
        for (CellKey k : plans.get(r)) {
          futures.add(pool.submit(() -> {
            int attempt = store.startCell(run, k);
            store.attachText(run, k, "spec", "spec of " + k);
            store.recordLlmCall(run, k, new LlmCallRecord(attempt, 0, "write", store.artifacts().put("p" + k),
                store.artifacts().put("a" + k), 10, 0, 5, 0, new BigDecimal("0.001"), true, false, "STOP", false, 1));
            store.completeCell(run, k, FailureClass.NONE, "", SampleRun.result(k.epoch() % 2 == 0));
          }));
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      for (RunId run : runs) {
        assertThat(one.statusCounts(run).get(CellStatus.DONE)).isEqualTo(cellsPerRun);
        assertThat(two.scorings(run, 1)).hasSize(cellsPerRun);
      }
    }
  }
}
