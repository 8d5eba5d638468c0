package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.EvalResult;
import org.sysmobench.check.Evaluator;
import org.sysmobench.check.Phase;
import org.sysmobench.check.ScoringProfile;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.check.discovery.DiscoveryResult;
import org.sysmobench.check.discovery.DiscoveryResultJson;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.RunId;
import org.sysmobench.model.Track;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.ScoringVersion;
import org.sysmobench.tasks.Task;

/**
 * Recomputes every score of a stored run from its artifacts (the stored draft: spec + cfg; for an
 * invariants-track cell its property sheet, scored again by the {@link DiscoveryScorer}) and the task,
 * with no model call, under a new scoring version written alongside the old ones. With the same profile,
 * grader and seed a rescore reproduces the stored results (apart from wall-time figures).
 */
public final class Rescorer {
  private final RunStore store;
  private final TaskSource tasks;
  private final Evaluator evaluator;
  private final DiscoveryScorer discovery;

  public Rescorer(RunStore store, TaskSource tasks, Evaluator evaluator) {
    this(store, tasks, evaluator, null);
  }

  /** @param discovery the invariants track's scorer, for runs with invariants-track cells (null: none may be) */
  public Rescorer(RunStore store, TaskSource tasks, Evaluator evaluator, DiscoveryScorer discovery) {
    this.store = store;
    this.tasks = tasks;
    this.evaluator = evaluator;
    this.discovery = discovery;
  }

  /** Rescores every DONE cell with {@code threads} evaluations at once; returns the new scoring version. */
  public ScoringVersion rescore(RunId run, ScoringProfile profile, int threads) {
    RunManifest manifest = store.requireRun(run);
    List<CellRecord> cells = store.cells(run).stream().filter(c -> c.status() == CellStatus.DONE).toList();
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
    }
    ScoringVersion version = store.addScoringVersion(run, profile.id(), "rescore of " + cells.size() + " cells");
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
          EvalResult result = CellExecutor.evaluate(evaluator, task, draft, options);
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
