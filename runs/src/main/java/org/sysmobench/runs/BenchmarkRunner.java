package org.sysmobench.runs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.limits.RunBudget;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Track;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.CellRecord;
import org.sysmobench.store.CellStatus;
import org.sysmobench.store.LlmCallRecord;
import org.sysmobench.store.RunLock;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;
import org.sysmobench.tasks.SourceMaterializer;

/**
 * Plans and executes runs. A new run stores its manifest and whole plan before any cell starts; cells
 * then execute concurrently ({@code maxLlmConcurrency + maxTlcJobs} threads: authoring waits for an LLM
 * slot, evaluation for a TLC worker, so both kinds of work overlap). A resume executes every cell that is
 * not DONE, with the budget that is left, answering repeated LLM requests from the results folder's
 * response cache (nothing is paid twice). The manifest is finalized last. A process writes a run only
 * while it holds the run's lock ({@link RunLock}): a second resume of a live run is refused.
 */
public final class BenchmarkRunner {
  private final RunStore store;
  private final TaskSource tasks;
  private final ModelDirectory models;
  private final AuthorDirectory authors;
  private final EngineFactory engines;
  private final SourceMaterializer materializer;
  private final RunListener listener;
  private final Clock clock;
  private final Map<String, String> environment;
  private final CellEvaluators evaluators;

  /**
   * @param environment what ran the run (Java version, sysmobench version, git revision), for the manifest
   */
  public BenchmarkRunner(RunStore store, TaskSource tasks, ModelDirectory models, AuthorDirectory authors,
      EngineFactory engines, SourceMaterializer materializer, RunListener listener, Clock clock,
      Map<String, String> environment) {
    this(store, tasks, models, authors, engines, materializer, listener, clock, environment, CellEvaluators.local());
  }

  private BenchmarkRunner(RunStore store, TaskSource tasks, ModelDirectory models, AuthorDirectory authors,
      EngineFactory engines, SourceMaterializer materializer, RunListener listener, Clock clock,
      Map<String, String> environment, CellEvaluators evaluators) {
    this.store = store;
    this.tasks = tasks;
    this.models = models;
    this.authors = authors;
    this.engines = engines;
    this.materializer = materializer;
    this.listener = listener;
    this.clock = clock;
    this.environment = Map.copyOf(environment);
    this.evaluators = evaluators;
  }

  /**
   * The same runner evaluating its cells with {@code evaluators} (e.g. on a cluster) instead of in this
   * process; everything else (plan, store, LLM calls, budget, repair loops) stays here.
   */
  public BenchmarkRunner evaluatingWith(CellEvaluators evaluators) {
    return new BenchmarkRunner(store, tasks, models, authors, engines, materializer, listener, clock, environment,
        evaluators);
  }

  /** Validates the matrix, stores manifest and plan, then executes every cell. */
  public RunSummary start(RunId run, RunSettings s, List<String> commandLine) {
    return start(run, s, commandLine, Map.of());
  }

  /**
   * Validates the matrix, stores manifest and plan, then executes every cell; {@code skippedTasks} (task id
   * to why) were asked for but cannot run here, and the manifest says so for the report.
   */
  public RunSummary start(RunId run, RunSettings s, List<String> commandLine, Map<String, String> skippedTasks) {
    RunPlan plan = plan(run, s);
    RunManifest manifest = new RunManifest(RunManifest.SCHEMA, RunManifest.VERSION, run.value(), RunStatus.STARTED,
        store.now(), "", s.tasks().stream().map(TaskId::value).toList(), s.models().stream().map(ModelId::value).toList(),
        s.agents(), s.epochs(), s.seed(), s.budgetUsd(), s.maxLlmConcurrency(), s.maxTlcJobs(), s.profile().id(),
        commandLine, environment, List.of()).withSkippedTasks(skippedTasks);
    try (RunLock lock = store.lockRun(run)) {
      store.createRun(manifest, plan.cells());
      return execute(manifest, s, plan, plan.cells());
    }
  }

  /**
   * The cells a run of these settings would execute, after validating the matrix (unknown tasks, models or
   * agents, pseudo-models no task has), without storing or running anything: a dry run.
   */
  public RunPlan plan(RunId run, RunSettings s) {
    List<org.sysmobench.tasks.Task> loaded = s.tasks().stream().map(tasks::load).toList();
    s.models().forEach(models::validate);
    s.agents().forEach(authors::validate);
    if (s.agents().stream().anyMatch(a -> Track.of(a) == Track.INVARIANTS)) {
      List<String> without = loaded.stream().filter(t -> !DiscoveryScorer.hasTrack(t)).map(t -> t.id().value()).toList();
      if (!without.isEmpty()) {
        throw new IllegalArgumentException("the invariants track needs hidden mutants (a discovery.yaml), which "
            + String.join(", ", without) + " " + (without.size() == 1 ? "has" : "have") + " not");
      }
      if (s.models().stream().anyMatch(models::isPseudoModel)) {
        throw new IllegalArgumentException("pseudo-models are a task's own specs: they propose no properties (the"
            + " invariants track needs real models)");
      }
    }
    for (ModelId m : s.models()) {
      if (models.isPseudoModel(m) && !PseudoModelDrafts.appliesToAny(m, loaded)) {
        throw new IllegalArgumentException("no task of the run has the pseudo-model " + m + " ('reference', or"
            + " 'mutant:<name>' with a mutant name of one of its tasks, optionally '@<task>')");
      }
    }
    return RunPlan.of(run, s, (t, m) -> PseudoModelDrafts.appliesTo(m, tasks.load(t)));
  }

  /** Continues a run: every cell not DONE runs (again); DONE cells are never touched. */
  public RunSummary resume(RunId run, List<String> commandLine, int maxInfraAttempts) {
    return resume(run, commandLine, maxInfraAttempts, "");
  }

  /**
   * Continues a run with a new total budget ({@code budgetUsd}, "" keeps the stored one): every cell not
   * DONE runs (again); DONE cells are never touched. The budget counts what the run already spent.
   */
  public RunSummary resume(RunId run, List<String> commandLine, int maxInfraAttempts, String budgetUsd) {
    RunManifest old = store.requireRun(run);
    try (RunLock lock = store.lockRun(run)) {
      return resumeLocked(old, commandLine, maxInfraAttempts, budgetUsd);
    }
  }

  private RunSummary resumeLocked(RunManifest old, List<String> commandLine, int maxInfraAttempts, String budgetUsd) {
    RunId run = RunId.of(old.runId());
    RunManifest manifest = old.resumed(store.now(), commandLine, budgetUsd.isEmpty() ? old.budgetUsd() : budgetUsd);
    store.updateManifest(manifest);
    RunSettings s = new RunSettings(manifest.tasks().stream().map(TaskId::of).toList(),
        manifest.models().stream().map(ModelId::of).toList(), manifest.agents(), manifest.epochs(), manifest.seed(),
        manifest.budgetUsd(), manifest.maxLlmConcurrency(), manifest.maxTlcJobs(),
        ScoringProfile.fromId(manifest.profile()), maxInfraAttempts);
    List<CellRecord> cells = store.cells(run);
    RunPlan plan = new RunPlan(run, cells.stream().map(CellRecord::key).toList());
    List<CellKey> todo = cells.stream().filter(c -> c.status() != CellStatus.DONE).map(CellRecord::key).toList();
    return execute(manifest, s, plan, todo);
  }

  /**
   * Pins the inputs of a new run in its manifest; for a resumed run, checks they are still the same, so
   * its cells are never scored on two versions of a task or of its traces.
   */
  private RunManifest pinInputs(RunManifest manifest, RunSettings s, EvalEngine engine) {
    Map<String, String> now = RunInputs.of(s.tasks().stream().map(tasks::load).toList(), engine.tools());
    if (manifest.inputs().isEmpty()) {
      RunManifest pinned = manifest.withInputs(now);
      store.updateManifest(pinned);
      return pinned;
    }
    List<String> changes = RunInputs.changes(manifest.inputs(), now);
    if (!changes.isEmpty()) {
      throw new InputsChangedException(manifest.id(), changes, "start a new run to score them");
    }
    return manifest;
  }

  private RunSummary execute(RunManifest manifest, RunSettings s, RunPlan plan, List<CellKey> todo) {
    RunId run = plan.run();
    BigDecimal spentBefore = spent(run);
    RunBudget budget = s.budget()
        .map(max -> RunBudget.of(max.subtract(spentBefore).max(BigDecimal.ZERO), Duration.ofDays(3650), clock))
        .orElseGet(() -> RunBudget.unlimited(clock));
    listener.planned(plan, todo.size());
    if (s.budget().isPresent() && spentBefore.compareTo(s.budget().get()) >= 0 && !todo.isEmpty()) {
      // nothing can be paid for: say so once instead of failing every cell on the budget check
      return finish(manifest, plan, 0, "the run's budget of $" + s.budgetUsd() + " is spent ($"
          + spentBefore.toPlainString() + "); resume with --budget-usd to raise it");
    }
    int alreadyDone = plan.cells().size() - todo.size();
    RunTally tally = new RunTally();
    AtomicReference<String> stop = new AtomicReference<>();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    Instant started = clock.instant();
    int threads = s.maxLlmConcurrency() + s.maxTlcJobs();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cell-" + run);
      t.setDaemon(true);
      return t;
    });
    try (LlmClients clients = LlmClients.builder().env(models.env())
            .cache(new ResponseCache(store.llmCacheDir(), CacheMode.READ_WRITE)).budget(budget)
            .settings(models.settings()).build();
        EvalEngine engine = engines.open(s.maxTlcJobs());
        CellEvaluator cellEvaluator = evaluators.open(engine, s.maxTlcJobs())) {
      manifest = pinInputs(manifest, s, engine);
      EvalOptions options = new EvalOptions(EnumSet.allOf(Phase.class), s.profile(), s.seed(),
          store.folder().resolve("work"), false);
      DiscoveryScorer discovery = new DiscoveryScorer(engine.sany(), engine.pool());
      CellExecutor executor = new CellExecutor(store, run, tasks, models, clients,
          authors.bind(engine.evaluator(), discovery, options, EvaluatorCritic.DEFAULT_PHASES), cellEvaluator,
          discovery, options,
          materializer, new Semaphore(s.maxLlmConcurrency(), true), tally, s.maxInfraAttempts(), s.seed());
      List<Future<?>> futures = new ArrayList<>();
      for (CellKey key : todo) {
        futures.add(pool.submit(() -> {
          if (stop.get() != null) {
            return;
          }
          running.incrementAndGet();
          listener.cellStarted(key);
          CellOutcome outcome;
          try {
            outcome = executor.execute(key);
          } catch (RuntimeException | Error e) {
            // the store itself failed: nothing more can be recorded safely, stop the run
            stop.compareAndSet(null, "internal error on " + key + ": " + e);
            running.decrementAndGet();
            throw e;
          }
          running.decrementAndGet();
          if (outcome instanceof CellOutcome.Stopped st) {
            stop.compareAndSet(null, st.reason());
          } else if (outcome instanceof CellOutcome.InfraFailed) {
            failed.incrementAndGet();
          } else {
            done.incrementAndGet();
          }
          Duration elapsed = Duration.between(started, clock.instant());
          int finished = done.get() + failed.get();
          int remaining = todo.size() - finished;
          Duration eta = finished == 0 ? Duration.ZERO : elapsed.dividedBy(finished).multipliedBy(remaining);
          RunTally.Snapshot t = tally.snapshot();
          listener.cellFinished(outcome, new RunProgress(run.value(), plan.cells().size(), alreadyDone, done.get(),
              failed.get(), running.get(), t.inputTokens(), t.outputTokens(), t.cachedCalls(),
              spentBefore.add(t.spentUsd()), t.unpricedCalls(), elapsed, eta, t.cachedValueUsd()));
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          // recorded as the stop reason above
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop.compareAndSet(null, "interrupted");
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return finish(manifest, plan, done.get() + failed.get(), stop.get());
  }

  private RunSummary finish(RunManifest manifest, RunPlan plan, int executedNow, String stopReason) {
    RunId run = plan.run();
    Map<CellStatus, Integer> counts = store.statusCounts(run);
    int notRun = counts.get(CellStatus.PLANNED) + counts.get(CellStatus.RUNNING);
    List<String> notes = new ArrayList<>();
    if (stopReason != null) {
      notes.add("stopped: " + stopReason);
    }
    if (counts.get(CellStatus.INFRA_FAILED) > 0) {
      notes.add(counts.get(CellStatus.INFRA_FAILED) + " cells failed for infrastructure reasons (not scored; "
          + "`sysmobench run --resume " + run + "` retries them)");
    }
    RunStatus status = notRun == 0 ? RunStatus.FINISHED : RunStatus.STOPPED;
    store.updateManifest(manifest.finished(status, store.now(), notes));
    RunSummary summary = new RunSummary(run, status, plan.cells().size(), counts.get(CellStatus.DONE),
        counts.get(CellStatus.INFRA_FAILED), notRun, executedNow, spent(run), notes);
    listener.runFinished(summary);
    return summary;
  }

  /** What the run has paid so far (cache hits and unpriced calls count nothing). */
  private BigDecimal spent(RunId run) {
    BigDecimal total = BigDecimal.ZERO;
    for (CellRecord c : store.cells(run)) {
      for (LlmCallRecord call : store.llmCalls(run, c.key())) {
        total = total.add(call.spentUsd());
      }
    }
    return total;
  }
}
