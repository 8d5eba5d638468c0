package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.check.job.JobResultsJson;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.RunId;
import org.sysmobench.model.Track;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.ScoringVersion;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.TlaTools;

/**
 * Recomputes every score of a stored run from its artifacts (the stored draft: spec + cfg; for an
 * invariants-track cell its property sheet, scored again by the {@link DiscoveryScorer}) and the task,
 * with no model call, under a new scoring version written alongside the old ones. With the same profile,
 * grader and seed a rescore reproduces the stored results (apart from wall-time figures).
 *
 * <p>Two ways: {@link Mode#FULL} runs every TLC job again (today's planner, today's engine); {@link
 * Mode#JUDGE_ONLY} judges the job results stored with each cell again, under today's scoring rules and
 * the chosen profile, without starting TLC: seconds for a whole run. Invariants-track cells keep no job
 * results (their scorer checks a property sheet in one go): they are scored in full in both modes.
 */
public final class Rescorer {
  private final RunStore store;
  private final TaskSource tasks;
  private final Evaluator evaluator;
  private final TlaTools tools;
  private final DiscoveryScorer discovery;

  /**
   * @param tasks the tasks as the run reads them ({@link TaskSource#forRun})
   * @param tools the TLA+ tools the evaluator uses (pinned with the run's inputs)
   */
  public Rescorer(RunStore store, TaskSource tasks, Evaluator evaluator, TlaTools tools) {
    this(store, tasks, evaluator, tools, null);
  }

  /** @param discovery the invariants track's scorer, for runs with invariants-track cells (null: none may be) */
  public Rescorer(RunStore store, TaskSource tasks, Evaluator evaluator, TlaTools tools, DiscoveryScorer discovery) {
    this.store = store;
    this.tasks = tasks;
    this.evaluator = evaluator;
    this.tools = tools;
    this.discovery = discovery;
  }

  /** How a rescore gets the TLC results it judges. */
  public enum Mode {
    /** Runs every job again. */
    FULL,
    /** Judges the job results stored with each cell. */
    JUDGE_ONLY
  }

  /**
   * Rescores every DONE cell with {@code threads} evaluations at once; returns the new scoring version.
   * Refuses when the run's pinned inputs (task packages, traces, TLA+ tools) changed, unless {@code
   * acceptChangedInputs}: then the new scoring version says what changed.
   */
  public ScoringVersion rescore(RunId run, ScoringProfile profile, int threads, Mode mode, boolean acceptChangedInputs) {
    RunManifest manifest = store.requireRun(run);
    List<CellRecord> cells = store.cells(run).stream().filter(c -> c.status() == CellStatus.DONE).toList();
    List<String> changes = manifest.inputs().isEmpty() ? List.of() : RunInputs.changes(manifest.inputs(),
        RunInputs.of(manifest.tasks().stream().filter(t -> !manifest.skippedTasks().containsKey(t))
            .map(t -> tasks.load(org.sysmobench.model.TaskId.of(t))).toList(), tools));
    if (!changes.isEmpty() && !acceptChangedInputs) {
      throw new InputsChangedException(run, changes, "rescore with --accept-changed-inputs to score the run on "
          + "today's inputs anyway");
    }
    for (CellRecord c : cells) {
      if (Track.of(c.key().agent()) == Track.INVARIANTS) {
        if (discovery == null || !c.artifacts().containsKey(PropertyCell.SHEET)) {
          throw new IllegalStateException("cell " + c.key() + " is an invariants-track cell"
              + (discovery == null ? " and no discovery scorer was given" : " without a stored property sheet"));
        }
        continue;
      }
      if (!c.artifacts().containsKey("draft")) {
        throw new IllegalStateException("cell " + c.key() + " has no stored draft; it cannot be rescored");
      }
      if (mode == Mode.JUDGE_ONLY && !c.artifacts().containsKey(CellExecutor.JOBS)) {
        throw new IllegalStateException("cell " + c.key() + " has no stored job results (evaluated by a version "
            + "that did not keep them); rescore it without --judge-only");
      }
    }
    ScoringVersion version = store.addScoringVersion(run, profile.id(), (mode == Mode.JUDGE_ONLY ? "judge-only " : "")
        + "rescore of " + cells.size() + " cells" + (changes.isEmpty() ? "" : "; on changed inputs: "
        + String.join(", ", changes)));
    EvalOptions options = new EvalOptions(EnumSet.allOf(Phase.class), profile, manifest.seed(),
        store.folder().resolve("work"), false);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (CellRecord c : cells) {
        if (Track.of(c.key().agent()) == Track.INVARIANTS) {
          futures.add(pool.submit(() -> {
            String sheet = store.artifacts().read(c.artifacts().get(PropertyCell.SHEET));
            DiscoveryResult result = PropertyCell.score(discovery, tasks.load(c.key().task()), sheet,
                new DiscoveryOptions(manifest.seed(), store.folder().resolve("work"), false));
            store.attachText(run, c.key(), PropertyCell.resultRole(version.version()), DiscoveryResultJson.write(result));
          }));
          continue;
        }
        futures.add(pool.submit(() -> {
          StoredDraft draft = StoredDraft.fromJson(store.artifacts().read(c.artifacts().get("draft")));
          Task task = tasks.load(c.key().task());
          EvalResult result;
          if (mode == Mode.JUDGE_ONLY) {
            JobResults stored = new JobResultsJson().read(store.artifacts().read(c.artifacts().get(CellExecutor.JOBS)));
            result = evaluator.rejudge(task, draft.submission(task), options, stored).result();
          } else {
            Evaluation evaluation = CellExecutor.evaluate(evaluator::run, task, draft, options);
            store.attachText(run, c.key(), CellExecutor.JOBS, new JobResultsJson().write(evaluation.jobs()));
            result = evaluation.result();
          }
          store.addScoring(run, c.key(), version.version(), result);
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rescore interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("rescore failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return version;
  }
}
