package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.model.result.ScoringProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.sysmobench.check.conformance.ConformancePhase;
import org.sysmobench.check.conformance.PreparedTrace;
import org.sysmobench.check.job.Digest;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.check.job.JobRunner;
import org.sysmobench.check.job.Jobs;
import org.sysmobench.check.job.MissingJobException;
import org.sysmobench.check.job.StoredJobs;
import org.sysmobench.check.invariants.InvariantsPhase;
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.check.model.SpecModel;
import org.sysmobench.check.runtime.RuntimePhase;
import org.sysmobench.check.syntax.SyntaxPhase;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.text.SpecText;
import org.sysmobench.tla.text.UnicodeToAscii;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Evaluates a spec on a task: the four phases, each with scores under both profiles and the findings
 * that explain them. A phase that cannot run because an earlier one failed scores 0 and says why. An
 * exception inside a phase becomes a HARNESS_ERROR result for that phase (the evaluation is then not
 * scored), never a crash of the evaluation and never a pass.
 *
 * <p>Before any phase model checks the spec, the spec is made ready once (see {@link SpecModel}): the
 * parts of its own specification formula restated under fixed names, the model configuration the task
 * owns, a fresh secret for the evaluation's hooks. A spec that cannot be model checked at all (a module
 * it may not use, a name the harness reserves, a formula that cannot be taken apart) fails every phase
 * after syntax with that reason.
 *
 * <p>The phases that model check plan and judge ({@link ModelPhase}); only this class runs their jobs,
 * each once however many phases ask for it, all phases at once so the TLC workers stay busy. The job
 * results come back with the result ({@link Evaluation}), and {@link #rejudge} judges stored ones again
 * without TLC. The TLC workers start with the first job: an evaluation of the syntax phase alone starts
 * none.
 */
public final class Evaluator {
  /** Steps after which a phase that still asks for jobs is our bug, not the spec's. */
  private static final int MAX_STEPS = 1_000;

  private final Sany sany;
  private final Supplier<TlcWorkerPool> tlc;
  private final SyntaxPhase syntax = new SyntaxPhase();
  /** In the order their first jobs go to the workers: the longest search first. */
  private final List<ModelPhase> modelPhases = List.of(new RuntimePhase(), new InvariantsPhase(),
      new ConformancePhase());

  /** @param tlc the TLC workers, asked for only when a job must run */
  public Evaluator(Sany sany, Supplier<TlcWorkerPool> tlc) {
    this.sany = sany;
    this.tlc = tlc;
  }

  public EvalResult evaluate(Task task, SpecSubmission submission, EvalOptions options) {
    return run(task, submission, options).result();
  }

  /** Evaluates the spec and returns the result with the job results it was judged from. */
  public Evaluation run(Task task, SpecSubmission submission, EvalOptions options) {
    return inWorkDir(task, submission, options,
        (workDir, in) -> new JobRunner(tlc.get(), workDir, in.hookKey(), in.seed()));
  }

  /**
   * Judges a stored evaluation again from its job results, under today's rules and {@code options}'
   * profile, without running TLC (SANY parses the spec again, in-process). A phase that needs a job the
   * stored evaluation does not hold is a harness error (not scored), never a guess.
   */
  public Evaluation rejudge(Task task, SpecSubmission submission, EvalOptions options, JobResults stored) {
    return inWorkDir(task, submission, options, (workDir, in) -> new StoredJobs(stored, in.hookKey(), workDir));
  }

  private Evaluation inWorkDir(Task task, SpecSubmission submission, EvalOptions options,
      BiFunction<Path, EvalInputs, Jobs> jobs) {
    Path workDir = createWorkDir(options.workRoot(), task.id().value());
    try {
      return evaluateIn(workDir, task, submission, options, jobs);
    } finally {
      if (!options.keepWork()) {
        deleteTree(workDir);
      }
    }
  }

  private Evaluation evaluateIn(Path workDir, Task task, SpecSubmission sub, EvalOptions options,
      BiFunction<Path, EvalInputs, Jobs> jobSource) {
    List<String> notes = new ArrayList<>();
    Map<String, Long> timings = new LinkedHashMap<>();
    String module = task.spec().module();
    Path specFile = workDir.resolve(module + ".tla");
    // TLC reads the file and has no Unicode support: it gets the ASCII rewrite, while SANY's
    // diagnostics below are mapped back to positions in the text as submitted.
    WorkFiles.write(specFile, UnicodeToAscii.translate(sub.specText()).text());

    Optional<String> formProblem = formProblem(sub.specText(), module);
    long t0 = System.nanoTime();
    ParseResult parse = syntax.admits(sub.specText()).isPresent() ? SyntaxPhase.notParsed(module)
        : sany.parseAs(specFile, sub.specText(), task.spec().specification());
    timings.put("parse", (System.nanoTime() - t0) / 1_000_000);
    if (!parse.unicodeRewritten().isEmpty()) {
      notes.add("Unicode symbols rewritten to ASCII before parsing: " + String.join(" ", parse.unicodeRewritten()));
    }
    Map<Phase, PhaseResult> byPhase = new EnumMap<>(Phase.class);
    Map<Phase, Long> millis = new ConcurrentHashMap<>();
    // The syntax phase (many small SANY calls) runs beside the phases that model check: they need only
    // the parse above, and their TLC jobs do not wait for it.
    CompletableFuture<Optional<PhaseResult>> syntaxResult = !options.phases().contains(Phase.SYNTAX)
        ? CompletableFuture.completedFuture(Optional.empty())
        : CompletableFuture.supplyAsync(() -> {
          long s = System.nanoTime();
          try {
            return Optional.of(formProblem.map(p -> SyntaxPhase.notAModule(p, sub.specName()))
                .orElseGet(() -> syntax.check(sany, sub.specText(), parse, module)));
          } catch (RuntimeException e) {
            return Optional.of(PhaseResult.harnessError(Phase.SYNTAX, "the syntax checker failed", e));
          } finally {
            millis.put(Phase.SYNTAX, (System.nanoTime() - s) / 1_000_000);
          }
        }, Evaluator::startDaemon);
    Set<Phase> checked = EnumSet.noneOf(Phase.class);
    checked.addAll(options.phases());
    checked.remove(Phase.SYNTAX);
    JobResults jobs = JobResults.NONE;
    if (!checked.isEmpty()) {
      Optional<String> blocked = formProblem.map(p -> "the submission is not a TLA+ module file")
          .or(() -> syntax.admits(sub.specText()).map(p -> "the submission was not parsed: " + p))
          .or(() -> parse.ok() ? Optional.empty() : Optional.of("the module does not parse (see the syntax phase)"));
      if (blocked.isPresent()) {
        checked.forEach(p -> byPhase.put(p, PhaseResult.skipped(p, blocked.get())));
      } else {
        jobs = modelCheck(workDir, task, sub, options, parse, checked, notes, millis, byPhase, jobSource);
      }
    }
    syntaxResult.join().ifPresent(r -> byPhase.put(Phase.SYNTAX, r));
    List<PhaseResult> results = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      if (options.phases().contains(phase) && byPhase.containsKey(phase)) {
        results.add(byPhase.get(phase).headlined(options.profile()));
      }
      if (millis.containsKey(phase)) {
        timings.put(phase.id(), millis.get(phase));
      }
    }
    Scores overall = ScoringProfile.overall(scores(results, Phase.SYNTAX), scores(results, Phase.RUNTIME),
        scores(results, Phase.CONFORMANCE), scores(results, Phase.INVARIANTS));
    Verdict verdict = results.stream().map(PhaseResult::verdict).reduce(Verdict.PASS, Verdict::merge);
    boolean scored = verdict != Verdict.HARNESS_ERROR;
    if (!scored) {
      overall = Scores.ZERO;
    }
    boolean timeGuard = results.stream().flatMap(p -> p.findings().stream()).anyMatch(f -> f.kind().equals("time-guard"));
    EvalResult result = new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, task.id().value(), sub.specName(),
        Digest.sha256(sub.specText()), sub.cfgOrigin().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        options.profile().id(), options.seed(), notes, results, overall.get(options.profile()), overall, scored,
        timeGuard, verdict, timings);
    return new Evaluation(result, jobs);
  }

  private static Scores scores(List<PhaseResult> results, Phase phase) {
    return results.stream().filter(p -> p.phase() == phase).map(PhaseResult::scores).findFirst().orElse(Scores.ZERO);
  }

  /**
   * Runs the phases that model check the spec, all at once, after making the spec ready for them; puts
   * their results into {@code byPhase} and returns the job results they were judged from.
   */
  private JobResults modelCheck(Path workDir, Task task, SpecSubmission sub, EvalOptions options, ParseResult parse,
      Set<Phase> phases, List<String> notes, Map<Phase, Long> millis, Map<Phase, PhaseResult> byPhase,
      BiFunction<Path, EvalInputs, Jobs> jobSource) {
    EvalInputs in;
    try {
      SpecModel model = SpecModel.prepare(parse, task.spec().module(), workDir, sany);
      notes.addAll(model.notes());
      if (!model.ok()) {
        phases.forEach(p -> byPhase.put(p, PhaseResult.failed(p, "not-checkable", "the spec cannot be model checked: "
            + model.problem())));
        return JobResults.NONE;
      }
      ModelConfig config = ModelConfig.resolve(task.spec().constants(), sub.cfgText(), parse.constants());
      notes.addAll(config.notes());
      Set<String> defined = new LinkedHashSet<>();
      for (ContractAction a : task.contract().actions()) {
        if (parse.definitions().stream().anyMatch(d -> d.name().equals(a.name()) && d.arity() == a.arity())) {
          defined.add(a.name());
        }
      }
      List<Path> traceFiles = !phases.contains(Phase.CONFORMANCE) ? List.of()
          : options.traces() == EvalOptions.TraceSet.LEARNING ? task.traces().learningFiles()
          : task.traces().scoringFiles();
      in = new EvalInputs(task, parse, model, config, defined, JobHooks.freshKey(), options.seed(),
          PreparedTrace.prepare(task, config, traceFiles, workDir), workDir);
    } catch (RuntimeException e) {
      phases.forEach(p -> byPhase.put(p, PhaseResult.harnessError(p, "cannot prepare the spec for model checking", e)));
      return JobResults.NONE;
    }
    Jobs jobs = jobSource.apply(workDir, in);
    List<ModelPhase> running = modelPhases.stream().filter(p -> phases.contains(p.phase())).toList();
    // The first jobs go to the workers in the phases' order (the longest search first) before any
    // phase waits; then every phase steps on its own thread, so their jobs keep every worker busy.
    for (ModelPhase phase : running) {
      try {
        if (phase.step(in, jobs.results()) instanceof PhaseStep.Needs n) {
          n.jobs().forEach(jobs::run);
        }
      } catch (RuntimeException e) {
        // the phase's own thread below meets the same failure and reports it
      }
    }
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "eval-phase");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<Phase, Future<PhaseResult>> futures = new EnumMap<>(Phase.class);
      for (ModelPhase phase : running) {
        futures.put(phase.phase(), threads.submit(() -> timed(phase, in, jobs, millis)));
      }
      for (Map.Entry<Phase, Future<PhaseResult>> e : futures.entrySet()) {
        byPhase.put(e.getKey(), e.getValue().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a phase failed outside its guard", e.getCause());
    } finally {
      threads.shutdownNow();
    }
    return jobs.results();
  }

  private static void startDaemon(Runnable r) {
    Thread t = new Thread(r, "eval-syntax");
    t.setDaemon(true);
    t.start();
  }

  private static PhaseResult timed(ModelPhase phase, EvalInputs in, Jobs jobs, Map<Phase, Long> millis) {
    long start = System.nanoTime();
    try {
      return drive(phase, in, jobs);
    } finally {
      millis.put(phase.phase(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Steps a phase until it judges, running the jobs it asks for; a failure of ours is a harness error. */
  private static PhaseResult drive(ModelPhase phase, EvalInputs in, Jobs jobs) {
    try {
      for (int i = 0; i < MAX_STEPS; i++) {
        JobResults done = jobs.results();
        PhaseStep step = phase.step(in, done);
        if (step instanceof PhaseStep.Judged j) {
          return j.result();
        }
        List<JobRequest> needed = ((PhaseStep.Needs) step).jobs();
        if (needed.stream().allMatch(r -> done.has(r.id()))) {
          throw new IllegalStateException("the " + phase.phase().id() + " phase asks again for jobs it has: "
              + needed.stream().map(JobRequest::id).toList());
        }
        CompletableFuture.allOf(needed.stream().map(jobs::run).toArray(CompletableFuture[]::new)).join();
      }
      throw new IllegalStateException("the " + phase.phase().id() + " phase did not judge after " + MAX_STEPS
          + " steps");
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError)) {
        throw vme;
      }
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      return cause instanceof MissingJobException missing
          ? PhaseResult.harnessError(phase.phase(), missing.getMessage(), null)
          : PhaseResult.harnessError(phase.phase(), "the " + phase.phase().id() + " checker failed", cause);
    }
  }

  /**
   * Why the text is not a bare module file: the benchmark scores the file as submitted, so markdown
   * fences or prose around the module (which SANY would silently ignore) score 0; extracting the module
   * from an answer is the agent's job.
   */
  static Optional<String> formProblem(String text, String expectedModule) {
    if (text.isBlank()) {
      return Optional.of("the file is empty");
    }
    Optional<SpecText> spec = SpecText.extract(text);
    if (spec.isEmpty()) {
      String first = text.strip().lines().findFirst().orElse("");
      return Optional.of("no module header (---- MODULE " + expectedModule + " ----) found; the text starts with \""
          + (first.length() > 60 ? first.substring(0, 60) + "..." : first) + "\"");
    }
    if (spec.get().stripped()) {
      return Optional.of("text outside the module: " + String.join("; ", spec.get().removed()));
    }
    if (!spec.get().moduleName().equals(expectedModule)) {
      return Optional.of("the module is named " + spec.get().moduleName() + " but the task asks for "
          + expectedModule);
    }
    return Optional.empty();
  }

  private static Path createWorkDir(Path root, String prefix) {
    try {
      Files.createDirectories(root);
      return Files.createTempDirectory(root, prefix + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work folder under " + root, e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover work folder is harmless; the result is what matters
    }
  }
}
