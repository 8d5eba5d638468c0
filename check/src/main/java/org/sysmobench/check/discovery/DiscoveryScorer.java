package org.sysmobench.check.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sysmobench.check.job.Digest;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.model.result.DiscoveryResult.TemplateCoverage;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.DiscoverySettings;
import org.sysmobench.tasks.HiddenMutant;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcWorkerPool;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.model.result.DiscoveryResult;

/**
 * The invariants track's scorer: takes the text of a property sheet (see {@link PropertySheet}), decides
 * each property's status (see {@link DiscoveryJudge}) with SANY and TLC alone, deterministically, and
 * scores the sheet ({@link DiscoveryScore}). No LLM, no spec of the agent's: properties are checked on
 * the task's own specs.
 *
 * <p>Per sheet, TLC runs: one search of the reference and one of each hidden mutant (each reporting, for
 * every explored state and step, which properties and templates it violates; {@link SpecSearch}); one
 * replay of the scoring traces through the reference per group of traces recorded under the same
 * constants ({@link TraceReplay}); one walk of the well-typed states per set of variables the safety
 * properties mention ({@link TypeWalk}); and per liveness property one check on the reference and, when it
 * holds, one per hidden mutant ({@link LivenessCheck}); liveness templates are related through the hidden
 * mutants' declared {@code breaks}, which the task's hidden-mutant check proves. Budgets are the task's (searches: the invariants
 * budget; replays: the conformance budget; liveness: the liveness budget), counted by TLC, never timed.
 *
 * <p>{@link #learningChecks} runs what the repair critic may show an agent: the reference and the
 * learning traces, never the hidden mutants nor the scoring traces.
 */
public final class DiscoveryScorer {
  /** A sheet's first this-many properties are checked; the rest are over the limit (neither earn nor cost). */
  public static final int MAX_PROPERTIES = 24;

  private final Sany sany;
  private final TlcWorkerPool pool;

  public DiscoveryScorer(Sany sany, TlcWorkerPool pool) {
    this.sany = sany;
    this.pool = pool;
  }

  /** Scores a sheet: the hidden mutants and the held-out scoring traces judge. */
  public DiscoveryResult score(Task task, String sheet, DiscoveryOptions options) {
    return run(task, sheet, options, false);
  }

  /** The checks the repair critic may show an agent: the reference and the learning traces only. */
  public DiscoveryResult learningChecks(Task task, String sheet, DiscoveryOptions options) {
    return run(task, sheet, options, true);
  }

  /** Whether the task has an invariants track (hidden mutants to judge with). */
  public static boolean hasTrack(Task task) {
    return DiscoverySettings.exists(task);
  }

  private DiscoveryResult run(Task task, String text, DiscoveryOptions options, boolean learning) {
    Optional<DiscoverySettings> settings = DiscoverySettings.load(task);
    if (!learning && settings.isEmpty()) {
      throw new IllegalArgumentException("task " + task.id() + " has no invariants track (no "
          + DiscoverySettings.FILE + " with hidden mutants)");
    }
    Path work = createWorkDir(options.workRoot(), task.id().value());
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "discovery");
      t.setDaemon(true);
      return t;
    });
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    try {
      return check(task, text, options, learning, settings.orElse(new DiscoverySettings(List.of(), Map.of())), work,
          threads, timings, start);
    } catch (RuntimeException e) {
      Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
      return notScored(task, text, options, learning, "harness error (not scored): " + describe(cause), timings);
    } finally {
      threads.shutdownNow();
      if (!options.keepWork()) {
        deleteTree(work);
      }
    }
  }

  private DiscoveryResult check(Task task, String text, DiscoveryOptions options, boolean learning,
      DiscoverySettings settings, Path work, ExecutorService threads, Map<String, Long> timings, long start) {
    ValidatedSheet sheet = new SheetValidator(sany).validate(PropertySheet.read(text), task.contract(),
        folder(work, "sheet"), MAX_PROPERTIES);
    timings.put("sheet", ms(start));
    List<InvariantTemplate> templates = learning ? List.of() : task.invariants();
    List<Predicate> states = new ArrayList<>();
    List<Predicate> steps = new ArrayList<>();
    for (Candidate c : sheet.candidates()) {
      if (c.kind() == InvariantKind.SAFETY) {
        states.add(new Predicate(c.name(), false, c.name(), Optional.empty(), Optional.empty()));
      } else if (c.kind() == InvariantKind.ACTION) {
        steps.add(new Predicate(c.name(), true, c.name(), c.box(), Optional.empty()));
      }
    }
    for (InvariantTemplate t : templates) {
      if (t.kind() == InvariantKind.SAFETY) {
        states.add(new Predicate(Predicate.TEMPLATE + t.name(), false, t.name(), Optional.empty(), Optional.of(t)));
      } else if (t.kind() == InvariantKind.ACTION) {
        Optional<BoxAction> box = BoxAction.ofBody(t.definition());
        if (box.isPresent()) {
          steps.add(new Predicate(Predicate.TEMPLATE + t.name(), true, t.name(), box, Optional.of(t)));
        }
      }
    }
    Session s = new Session(task, sheet, new Jobs(pool, JobHooks.freshKey(), options.seed()),
        Vocabulary.names(task.contract()), states, steps);
    CheckedSpec reference = prepare(s, "reference", task.reference().spec(), folder(work, "reference"), templates);
    List<CheckedSpec> mutants = new ArrayList<>();
    if (!learning) {
      int i = 0;
      for (HiddenMutant m : settings.hiddenMutants()) {
        mutants.add(prepare(s, m.name(), m.spec(), folder(work, "hidden-" + (++i)), templates));
      }
    }
    timings.put("prepare", ms(start));
    var budgets = task.budgets();
    CompletableFuture<SpecSearch.Outcome> refSearch = async(threads, () -> SpecSearch.run(s, reference,
        budgets.invariants()));
    List<CompletableFuture<SpecSearch.Outcome>> mutantSearches = mutants.stream()
        .map(m -> async(threads, () -> SpecSearch.run(s, m, budgets.invariants()))).toList();
    List<Path> traceFiles = learning ? task.traces().learningFiles() : task.traces().scoringFiles();
    TraceGroups groups = TraceGroups.prepare(task, traceFiles, reference.folder(), reference.values());
    List<CompletableFuture<TraceReplay.Outcome>> replays = new ArrayList<>();
    for (int g = 0; g < groups.groups().size(); g++) {
      TraceGroups.Group group = groups.groups().get(g);
      int number = g + 1;
      replays.add(async(threads, () -> TraceReplay.run(s, reference, group, number, budgets.conformance())));
    }
    List<Predicate> safety = states.stream().filter(p -> !p.isTemplate()).toList();
    Map<String, java.util.Set<String>> variables = new LinkedHashMap<>();
    sheet.candidates().forEach(c -> variables.put(c.name(), c.variables()));
    CompletableFuture<TypeWalk.Outcome> types = async(threads, () -> TypeWalk.run(s, reference, safety,
        variables, budgets.invariants().wallTime().multipliedBy(3), threads));
    AtomicInteger jobNumber = new AtomicInteger();
    Map<String, CompletableFuture<LivenessCheck.Outcome>> liveRef = new LinkedHashMap<>();
    Map<String, Map<String, CompletableFuture<LivenessCheck.Outcome>>> liveMut = new LinkedHashMap<>();
    for (Candidate c : sheet.candidates()) {
      if (c.kind() != InvariantKind.LIVENESS) {
        continue;
      }
      CompletableFuture<LivenessCheck.Outcome> ref = async(threads, () -> LivenessCheck.run(s, reference, c.name(),
          false, settings.livenessConstants(), budgets.liveness(), jobNumber.incrementAndGet()));
      liveRef.put(c.name(), ref);
      Map<String, CompletableFuture<LivenessCheck.Outcome>> perMutant = new LinkedHashMap<>();
      for (CheckedSpec m : mutants) {
        perMutant.put(m.label(), ref.thenApplyAsync(r -> r.verdict() != LivenessCheck.Verdict.HOLDS
            ? new LivenessCheck.Outcome(LivenessCheck.Verdict.INCOMPLETE, "not checked: it does not hold on the reference")
            : LivenessCheck.run(s, m, c.name(), false, settings.livenessConstants(), budgets.liveness(),
                jobNumber.incrementAndGet()), threads));
      }
      liveMut.put(c.name(), perMutant);
    }
    SpecSearch.Outcome refOutcome = refSearch.join();
    List<SpecSearch.Outcome> mutantOutcomes = mutantSearches.stream().map(CompletableFuture::join).toList();
    List<TraceReplay.Outcome> replayOutcomes = replays.stream().map(CompletableFuture::join).toList();
    TypeWalk.Outcome typeOutcome = types.join();
    Map<String, TypeWalk.Verdict> typeVerdicts = typeOutcome.verdicts();
    Map<String, LivenessCheck.Outcome> liveRefOut = joinAll(liveRef);
    Map<String, Map<String, LivenessCheck.Outcome>> liveMutOut = new LinkedHashMap<>();
    liveMut.forEach((k, v) -> liveMutOut.put(k, joinAll(v)));
    timings.put("checks", ms(start));

    List<String> notes = new ArrayList<>(sheet.problems());
    List<String> failures = new ArrayList<>();
    Stream.concat(Stream.of(refOutcome), mutantOutcomes.stream()).filter(o -> !o.problem().isEmpty())
        .forEach(o -> failures.add("the search of " + o.spec() + " failed: " + o.problem()));
    if (!typeOutcome.problem().isEmpty()) {
      failures.add(typeOutcome.problem());
    }
    replayOutcomes.stream().filter(o -> !o.problem().isEmpty()).forEach(o -> failures.add("a trace replay failed: "
        + o.problem()));
    Stream.concat(liveRefOut.values().stream(), liveMutOut.values().stream().flatMap(m -> m.values().stream()))
        .filter(o -> o.verdict() == LivenessCheck.Verdict.FAILED).forEach(o -> failures.add("a liveness check failed: "
            + o.detail()));
    if (!failures.isEmpty()) {
      return notScored(task, text, options, learning, "harness error (not scored): " + failures.get(0), timings);
    }
    groups.skipped().forEach((t, why) -> notes.add("trace " + t + " not replayed: " + why));
    replayOutcomes.forEach(o -> o.explained().forEach((t, how) -> notes.add("the reference explains only " + how
        + " of trace " + t + "; its properties were checked on that prefix")));
    mutantOutcomes.stream().filter(o -> !o.complete()).forEach(o -> notes.add("the search of hidden mutant " + o.spec()
        + " did not complete (" + o.detail() + "): violations it found count, the rest is undecided"));
    long undecided = typeVerdicts.values().stream().filter(v -> v == TypeWalk.Verdict.UNDECIDED).count();
    if (undecided > 0) {
      notes.add(undecided + " safety propert" + (undecided == 1 ? "y" : "ies") + " could not be shown trivial within the"
          + " type-space walk's budget: judged as not trivial");
    }
    Map<String, java.util.Set<String>> breaks = new LinkedHashMap<>();
    settings.hiddenMutants().forEach(m -> breaks.put(m.name(), java.util.Set.copyOf(m.breaks())));
    Evidence evidence = new Evidence(s, refOutcome, mutantOutcomes, replayOutcomes, typeVerdicts, liveRefOut,
        liveMutOut, breaks, learning);
    DiscoveryJudge judge = new DiscoveryJudge(evidence);
    List<PropertyResult> results = judge.properties();
    List<TemplateCoverage> coverage = learning ? List.of() : judge.templates(results);
    timings.put("total", ms(start));
    return result(task, text, options, learning, results, coverage, notes, timings);
  }

  private CheckedSpec prepare(Session s, String label, Path spec, Path folder, List<InvariantTemplate> templates) {
    CheckedSpec c = CheckedSpec.prepare(label, spec, s.task(), folder, sany);
    Jobs.write(folder, Session.TEMPLATES_MODULE, PropertyModule.templates(Session.TEMPLATES_MODULE,
        c.frame(s.contractNames(), Map.of()), s.task().contract(), templates));
    return c;
  }

  private static DiscoveryResult result(Task task, String text, DiscoveryOptions options, boolean learning,
      List<PropertyResult> results, List<TemplateCoverage> coverage, List<String> notes, Map<String, Long> timings) {
    Map<String, Integer> tally = new LinkedHashMap<>();
    for (PropertyStatus st : PropertyStatus.values()) {
      int n = (int) results.stream().filter(r -> r.status() == st).count();
      if (n > 0) {
        tally.put(st.id(), n);
      }
    }
    int accepted = tally.getOrDefault(PropertyStatus.ACCEPTED.id(), 0);
    int costly = (int) results.stream().filter(r -> r.status().costs()).count();
    int covered = (int) coverage.stream().filter(c -> !c.coveredBy().isEmpty()).count();
    int templateCount = (int) coverage.stream().filter(TemplateCoverage::violatedByHidden).count();
    DiscoveryScore score = new DiscoveryScore(learning ? 0 : accepted, costly, templateCount, covered);
    boolean incomplete = results.stream().anyMatch(r -> r.status() == PropertyStatus.INCOMPLETE);
    Verdict verdict = costly > 0 || (accepted == 0 && !incomplete) ? Verdict.FAIL
        : incomplete ? Verdict.INCOMPLETE : Verdict.PASS;
    if (results.isEmpty()) {
      notes = new ArrayList<>(notes);
      notes.add(0, "the sheet proposes no property (a property is a definition after a '\\* property <kind>: <meaning>'"
          + " line)");
    }
    return new DiscoveryResult(DiscoveryResult.SCHEMA, DiscoveryResult.VERSION, task.id().value(), Digest.sha256(text),
        learning ? "learning" : "scoring", options.seed(), results, coverage, tally, templateCount,
        learning ? 0 : score.precision(), learning ? 0 : score.discovered(), learning ? 0 : score.recall(),
        learning ? 0 : score.score(), verdict, true, notes, timings);
  }

  private static DiscoveryResult notScored(Task task, String text, DiscoveryOptions options, boolean learning,
      String why, Map<String, Long> timings) {
    return new DiscoveryResult(DiscoveryResult.SCHEMA, DiscoveryResult.VERSION, task.id().value(), Digest.sha256(text),
        learning ? "learning" : "scoring", options.seed(), List.of(), List.of(), Map.of(), task.invariants().size(), 0,
        0, 0, 0, Verdict.HARNESS_ERROR, false, List.of(why), timings);
  }

  /** The throwable and where in our code it was thrown: enough to report a harness error and find its cause. */
  static String describe(Throwable t) {
    String where = java.util.Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("org.sysmobench"))
        .findFirst().map(f -> " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
            + f.getMethodName() + ":" + f.getLineNumber()).orElse("");
    return t + where;
  }

  private static <T> CompletableFuture<T> async(ExecutorService threads, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, threads);
  }

  private static <K, V> Map<K, V> joinAll(Map<K, CompletableFuture<V>> futures) {
    Map<K, V> out = new LinkedHashMap<>();
    futures.forEach((k, f) -> out.put(k, f.join()));
    return out;
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static Path folder(Path work, String name) {
    try {
      return Files.createDirectories(work.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + work.resolve(name), e);
    }
  }

  private static Path createWorkDir(Path root, String prefix) {
    try {
      Files.createDirectories(root);
      return Files.createTempDirectory(root, "discovery-" + prefix + "-");
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
      // a leftover work folder is harmless
    }
  }

}
