package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellScoring;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.ScoringVersion;

/**
 * A real benchmark on the toy-lock task with the reference and mutant pseudo-models, through the real
 * SANY and TLC: cells run concurrently, every artifact is stored, and a rescore reproduces the scores.
 */
@Tag("tlc")
class RunnerTest {
  @TempDir Path dir;

  @Test
  void concurrentCellsAreScoredStoredAndRescoredIdentically() throws Exception {
    try (RunStore store = RunStore.open(dir.resolve("results"), java.time.Clock.systemUTC())) {
      List<CellKey> started = Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
      RunListener probe = new RunListener() {
        @Override
        public void cellStarted(CellKey key) {
          started.add(key);
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        }

        @Override
        public void cellFinished(CellOutcome outcome, RunProgress progress) {
          running.decrementAndGet();
        }
      };
      BenchmarkRunner runner = ToyLockRig.runner(store, dir, probe);
      RunId run = RunId.of("it-run");
      RunSummary summary = runner.start(run, ToyLockRig.settings(1, "reference", "mutant:no-exclusion",
          "mutant:unclosed-paren").withConcurrency(3, 2), List.of("run", "test"));

      assertThat(summary.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(summary.done()).isEqualTo(3);
      assertThat(started).hasSize(3);
      assertThat(mostAtOnce.get()).as("cells ran concurrently").isGreaterThan(1);
      assertThat(store.requireRun(run).status()).isEqualTo(RunStatus.FINISHED);
      List<CellRecord> cells = store.cells(run);
      assertThat(cells).allSatisfy(c -> {
        assertThat(c.status()).isEqualTo(CellStatus.DONE);
        assertThat(c.failure()).isEqualTo(FailureClass.NONE);
        assertThat(c.key().agent()).as("pseudo-models have no agent").isEqualTo("none");
        assertThat(c.artifacts()).containsKeys("spec", "cfg", "draft", "eval:1", "jobs").doesNotContainKey("transcript");
        assertThat(store.llmCalls(run, c.key())).as("pseudo-models call no LLM").isEmpty();
      });
      assertThat(cells).extracting(c -> c.key().model().value()).as("pseudo-models are named per task")
          .containsExactlyInAnyOrder("reference@toy-lock", "mutant:no-exclusion@toy-lock", "mutant:unclosed-paren@toy-lock");
      Map<String, EvalResult> byModel = store.scorings(run, 1).stream().filter(s -> s.key().epoch() == 0)
          .collect(Collectors.toMap(s -> s.key().model().value(), CellScoring::result));
      assertThat(byModel.get("reference@toy-lock").overall()).isEqualTo(1.0);
      assertThat(phase(byModel.get("mutant:no-exclusion@toy-lock"), Phase.INVARIANTS).score()).isEqualTo(0.75);

      try (EvalEngine engine = ToyLockRig.engines(dir).open(2)) {
        Rescorer rescorer = new Rescorer(store, TaskSource.of(new org.sysmobench.tasks.TaskCatalog(ToyLockRig.SYSTEMS)),
            engine.evaluator(), engine.tools());
        ScoringVersion v2 = rescorer.rescore(run, ScoringProfile.SOUND, 2, Rescorer.Mode.FULL, false);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(withoutTimings(store.scorings(run, 2))).isEqualTo(withoutTimings(store.scorings(run, 1)));
        // Judging the stored TLC results again starts no TLC worker and gives the same results.
        Rescorer judgeOnly = new Rescorer(store, TaskSource.of(new org.sysmobench.tasks.TaskCatalog(ToyLockRig.SYSTEMS)),
            new org.sysmobench.check.Evaluator(engine.sany(), () -> {
              throw new AssertionError("a judge-only rescore must not start TLC");
            }), engine.tools());
        ScoringVersion v3 = judgeOnly.rescore(run, ScoringProfile.SOUND, 2, Rescorer.Mode.JUDGE_ONLY, false);
        assertThat(withoutTimings(store.scorings(run, v3.version()))).isEqualTo(withoutTimings(store.scorings(run, 1)));
        ScoringVersion v4 = judgeOnly.rescore(run, ScoringProfile.PAPER, 2, Rescorer.Mode.JUDGE_ONLY, false);
        EvalResult paperParen = store.scorings(run, v4.version()).stream()
            .filter(s -> s.key().model().value().equals("mutant:unclosed-paren@toy-lock")).findFirst().orElseThrow()
            .result();
        // The paper profile credits definitions that parse alone; the sound one only a module that parses.
        assertThat(phase(paperParen, Phase.SYNTAX).score()).isPositive();
        assertThat(phase(byModel.get("mutant:unclosed-paren@toy-lock"), Phase.SYNTAX).score()).isZero();
        assertThat(store.scorings(run, 1)).hasSize(3);

        // The run pinned its inputs; a trace changed under it is refused, unless accepted and said.
        assertThat(store.requireRun(run).inputs()).containsKeys("task/toy-lock", "tools/tla2tools.jar")
            .hasSizeGreaterThan(3);
        Path changedTraces = Files.createDirectories(dir.resolve("changed-traces"));
        org.sysmobench.tasks.Task toyLock = new org.sysmobench.tasks.TaskCatalog(ToyLockRig.SYSTEMS)
            .load(org.sysmobench.model.TaskId.of("toy-lock"));
        for (Path trace : toyLock.traces().files()) {
          Files.copy(trace, changedTraces.resolve(trace.getFileName()));
        }
        Path edited = changedTraces.resolve(toyLock.traces().scoringFiles().get(0).getFileName());
        Files.writeString(edited, Files.readString(edited) + "\n");
        Rescorer onChanged = new Rescorer(store, id -> toyLock.withTraceFolder(changedTraces), engine.evaluator(),
            engine.tools());
        assertThatThrownBy(() -> onChanged.rescore(run, ScoringProfile.SOUND, 2, Rescorer.Mode.JUDGE_ONLY, false))
            .isInstanceOf(InputsChangedException.class)
            .hasMessageContaining("trace/toy-lock/" + edited.getFileName() + " changed");
        ScoringVersion accepted = onChanged.rescore(run, ScoringProfile.SOUND, 2, Rescorer.Mode.JUDGE_ONLY, true);
        assertThat(store.scoringVersions(run)).filteredOn(v -> v.version() == accepted.version())
            .singleElement().satisfies(v -> assertThat(v.note()).contains("on changed inputs"));
      }
    }
  }

  static PhaseResult phase(EvalResult r, Phase p) {
    return r.phases().stream().filter(x -> x.phase() == p).findFirst().orElseThrow();
  }

  static List<EvalResult> withoutTimings(List<CellScoring> scorings) {
    return scorings.stream().map(CellScoring::result).map(r -> new EvalResult(r.schema(), r.version(), r.task(),
        r.spec(), r.specSha256(), r.cfgOrigin(), r.profile(), r.seed(), r.notes(), r.phases(), r.overall(),
        r.scores(), r.scored(), r.timeGuardHit(), r.verdict(), Map.of())).toList();
  }
}
