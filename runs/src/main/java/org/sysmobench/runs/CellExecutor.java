package org.sysmobench.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.sysmobench.agents.AgentId;
import org.sysmobench.agents.AuthorNeed;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Draft;
import org.sysmobench.agents.SpecAuthor;
import org.sysmobench.agents.Transcript;
import org.sysmobench.agents.TranscriptJson;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.check.Evaluation;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.check.job.JobResultsJson;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.llm.RunStoppedException;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.model.PseudoModel;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Track;
import org.sysmobench.model.Verdict;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunStore;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.Task;

/**
 * One cell's lifecycle (an invariants-track cell goes to {@link PropertyCell} once its task is loaded): running, author the spec (every LLM call stored as it returns), store the draft,
 * evaluate, store the result, done. Decides who is to blame when something fails:
 * <ul>
 *   <li>the model (no module in the answer, a truncated answer): scored, never retried;
 *   <li>the infrastructure (provider errors, cache misses, exceptions outside the grader): retried up to
 *       the run's limit with a fresh attempt, then left INFRA_FAILED, never scored;
 *   <li>the grader (a HARNESS_ERROR phase, e.g. a crashed TLC worker): the evaluation is retried once;
 *       if it persists the cell is DONE with failure class GRADER, and reports leave the phase out of
 *       denominators.
 * </ul>
 * A {@link RunStoppedException} (budget, quota) returns the cell to the plan and stops the run.
 */
final class CellExecutor {
  /** The artifact role of the job results a cell was judged from. */
  static final String JOBS = "jobs";
  private final RunStore store;
  private final RunId run;
  private final TaskSource tasks;
  private final ModelDirectory models;
  private final LlmClients clients;
  private final AuthorDirectory.Bound authors;
  private final CellEvaluator evaluator;
  /** Scores invariants-track cells in this process (they are not evaluations a cluster runs). */
  private final DiscoveryScorer discovery;
  private final EvalOptions evalOptions;
  private final SourceMaterializer materializer;
  private final Semaphore llmSlots;
  private final RunTally tally;
  private final int maxAttempts;
  private final long seed;
  private final Map<TaskId, List<SourceFile>> sources = new ConcurrentHashMap<>();

  CellExecutor(RunStore store, RunId run, TaskSource tasks, ModelDirectory models, LlmClients clients,
      AuthorDirectory.Bound authors, CellEvaluator evaluator, DiscoveryScorer discovery, EvalOptions evalOptions,
      SourceMaterializer materializer, Semaphore llmSlots, RunTally tally, int maxAttempts, long seed) {
    this.store = store;
    this.run = run;
    this.tasks = tasks;
    this.models = models;
    this.clients = clients;
    this.authors = authors;
    this.evaluator = evaluator;
    this.discovery = discovery;
    this.evalOptions = evalOptions;
    this.materializer = materializer;
    this.llmSlots = llmSlots;
    this.tally = tally;
    this.maxAttempts = maxAttempts;
    this.seed = seed;
  }

  CellOutcome execute(CellKey key) {
    String lastError = "";
    for (int tries = 1; tries <= maxAttempts; tries++) {
      int attempt = store.startCell(run, key);
      try {
        return author(key, attempt);
      } catch (RunStoppedException e) {
        store.resetCell(run, key, "run stopped: " + e.getMessage());
        return new CellOutcome.Stopped(key, e.getMessage());
      } catch (RuntimeException e) {
        lastError = describe(e);
      }
    }
    store.failCell(run, key, lastError);
    return new CellOutcome.InfraFailed(key, maxAttempts, lastError);
  }

  private CellOutcome author(CellKey key, int attempt) {
    Task task = tasks.load(key.task());
    if (Track.of(key.agent()) == Track.INVARIANTS) {
      RecordingClient model = new RecordingClient(models.client(key.model(), clients), store, run, key, attempt,
          llmSlots, tally);
      return new PropertyCell(store, run, discovery, new DiscoveryOptions(seed, evalOptions.workRoot(), false), seed)
          .execute(key, task, authors.propertyAuthor(key.agent()), model, sourcesOf(task));
    }
    Optional<PseudoModel> pseudo = PseudoModel.parse(key.model());
    if (pseudo.isPresent()) {
      // the task's own spec: no author, no LLM call, nothing to record but the spec itself
      StoredDraft draft = PseudoModelDrafts.draft(pseudo.get(), task);
      store.attachText(run, key, "spec", draft.specText());
      store.attachText(run, key, "cfg", draft.cfgText());
      store.attachText(run, key, "draft", draft.toJson());
      return evaluateAndComplete(key, task, draft);
    }
    SpecAuthor author = authors.author(AgentId.parse(key.agent()));
    RecordingClient model = new RecordingClient(models.client(key.model(), clients), store, run, key, attempt,
        llmSlots, tally);
    List<SourceFile> code = author.needs().contains(AuthorNeed.SOURCES) ? sourcesOf(task) : List.of();
    List<Path> traces = author.needs().contains(AuthorNeed.LEARNING_TRACES) ? tracesOf(task) : List.of();
    AuthoringRequest request = new AuthoringRequest(task, model, code, traces, key.epoch(), seed);
    Draft draft = author.write(request);
    List<Transcript.Exchange> exchanges = draft.transcript().exchanges();
    boolean truncated = exchanges.stream().anyMatch(x -> x.completion().truncated());
    StoredDraft stored = StoredDraft.of(draft.specText(), draft.cfgText(), draft.cfgFromTask(),
        draft.extractionProblem(), truncated);
    store.attachText(run, key, "transcript", new TranscriptJson().toPrettyString(new TranscriptJson.Header(
        key.agent(), key.model().value(), key.task().value(), key.epoch(), seed), draft) + "\n");
    store.attachText(run, key, "spec", draft.specText());
    store.attachText(run, key, "cfg", draft.cfgText());
    store.attachText(run, key, "draft", stored.toJson());
    return evaluateAndComplete(key, task, stored);
  }

  private CellOutcome.Scored evaluateAndComplete(CellKey key, Task task, StoredDraft draft) {
    Evaluation evaluation = evaluate(evaluator, task, draft, evalOptions);
    // Our fault, or the machine's speed (the harness's time guard), decided part of the result: once more.
    if (hasHarnessError(evaluation.result()) || evaluation.result().timeGuardHit()) {
      evaluation = evaluate(evaluator, task, draft, evalOptions);
    }
    EvalResult result = evaluation.result();
    // What the result was judged from, so the cell can be judged again without TLC (rescore --judge-only).
    store.attachText(run, key, JOBS, new JobResultsJson().write(evaluation.jobs()));
    String modelProblem = draft.modelProblem();
    FailureClass failure;
    String message;
    if (!modelProblem.isEmpty()) {
      failure = FailureClass.MODEL;
      message = modelProblem;
    } else if (hasHarnessError(result)) {
      failure = FailureClass.GRADER;
      message = "grader failed on " + result.phases().stream().filter(p -> p.verdict() == Verdict.HARNESS_ERROR)
          .map(p -> p.phase().id() + " (" + p.summary() + ")").toList();
    } else {
      failure = FailureClass.NONE;
      message = "";
    }
    store.completeCell(run, key, failure, message, result);
    return new CellOutcome.Scored(key, result, failure, message);
  }

  static Evaluation evaluate(CellEvaluator evaluator, Task task, StoredDraft draft, EvalOptions options) {
    return evaluator.evaluate(task, draft.submission(task), options);
  }

  static boolean hasHarnessError(EvalResult r) {
    return !r.isScored();
  }

  private List<SourceFile> sourcesOf(Task task) {
    return sources.computeIfAbsent(task.id(), id -> materializer.materialize(task));
  }

  /** The traces an agent may see: the task's learning traces, never the scoring ones. */
  static List<Path> tracesOf(Task task) {
    return task.traces().learningFiles();
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    return e.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
  }
}
