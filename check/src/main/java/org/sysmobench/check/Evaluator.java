package org.sysmobench.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sysmobench.check.conformance.ConformancePhase;
import org.sysmobench.check.invariants.InvariantsPhase;
import org.sysmobench.check.runtime.RuntimePhase;
import org.sysmobench.check.syntax.SyntaxPhase;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.cfg.TlcConfigParser;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.text.SpecText;
import org.sysmobench.tla.text.UnicodeToAscii;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Evaluates a spec on a task: the four phases in order, each with a score and the findings that
 * explain it. A phase that cannot run because an earlier one failed scores 0 and says why. An
 * exception inside a phase becomes a HARNESS_ERROR result for that phase, never a crash of the
 * evaluation and never a pass.
 */
public final class Evaluator {
  private final Sany sany;
  private final TlcWorkerPool tlc;
  private final PhaseChecker syntax = new SyntaxPhase();
  private final PhaseChecker runtime = new RuntimePhase();
  private final PhaseChecker conformance = new ConformancePhase();
  private final PhaseChecker invariants = new InvariantsPhase();

  public Evaluator(Sany sany, TlcWorkerPool tlc) {
    this.sany = sany;
    this.tlc = tlc;
  }

  public EvalResult evaluate(Task task, SpecSubmission submission, EvalOptions options) {
    Path workDir = createWorkDir(options.workRoot(), task.id().value());
    try {
      return evaluateIn(workDir, task, submission, options);
    } finally {
      if (!options.keepWork()) {
        deleteTree(workDir);
      }
    }
  }

  private EvalResult evaluateIn(Path workDir, Task task, SpecSubmission sub, EvalOptions options) {
    List<String> notes = new ArrayList<>();
    Map<String, Long> timings = new LinkedHashMap<>();
    String module = task.spec().module();
    Path specFile = workDir.resolve(module + ".tla");
    // TLC reads the file and has no Unicode support: it gets the ASCII rewrite, while SANY's
    // diagnostics below are mapped back to positions in the text as submitted.
    WorkFiles.write(specFile, UnicodeToAscii.translate(sub.specText()).text());

    Optional<String> formProblem = formProblem(sub.specText(), module);
    long t0 = System.nanoTime();
    ParseResult parse = sany.parseAs(specFile, sub.specText());
    timings.put("parse", (System.nanoTime() - t0) / 1_000_000);
    if (!parse.unicodeRewritten().isEmpty()) {
      notes.add("Unicode symbols rewritten to ASCII before parsing: " + String.join(" ", parse.unicodeRewritten()));
    }
    TlcConfig config = resolveConfig(task, sub, notes);
    // The invariants phase's vacuity guard reads the runtime phase, so asking for invariants runs both.
    Set<Phase> scheduled = EnumSet.noneOf(Phase.class);
    scheduled.addAll(options.phases());
    if (scheduled.contains(Phase.INVARIANTS)) {
      scheduled.add(Phase.RUNTIME);
    }
    PhaseOutcomes outcomes = new PhaseOutcomes(scheduled);
    EvalContext ctx = new EvalContext(task, sub.specText(), specFile, parse, config, workDir, sany, tlc,
        options.profile(), options.seed(), outcomes, new SharedSearch());
    if (formProblem.isEmpty() && parse.ok() && scheduled.contains(Phase.RUNTIME)) {
      ctx.search().start(ctx); // the longest TLC job goes to the pool first
    }

    // Every phase needs only the parse, so all run at once and their TLC jobs keep every worker busy;
    // a phase that needs another's result waits for it through the context.
    Map<Phase, PhaseResult> byPhase = new EnumMap<>(Phase.class);
    Map<Phase, Long> millis = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "eval-phase");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<Phase, Future<PhaseResult>> running = new EnumMap<>(Phase.class);
      for (PhaseChecker checker : List.of(runtime, invariants, conformance, syntax)) {
        Phase phase = checker.phase();
        if (scheduled.contains(phase)) {
          running.put(phase, threads.submit(() -> runPublished(checker, ctx, formProblem, parse, sub, millis)));
        }
      }
      for (Map.Entry<Phase, Future<PhaseResult>> e : running.entrySet()) {
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
    List<PhaseResult> results = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      if (wanted(options, phase) && byPhase.containsKey(phase)) {
        results.add(byPhase.get(phase));
      }
      if (millis.containsKey(phase)) {
        timings.put(phase.id(), millis.get(phase));
      }
    }
    double overall = results.stream().mapToDouble(PhaseResult::score).average().orElse(0);
    Verdict verdict = results.stream().map(PhaseResult::verdict).reduce(Verdict.PASS, Verdict::merge);
    return new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, task.id().value(), sub.specName(),
        sha256(sub.specText()), sub.cfgOrigin().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        options.profile().id(), options.seed(), notes, results, overall, verdict, timings);
  }

  private static boolean wanted(EvalOptions options, Phase phase) {
    return options.phases().contains(phase);
  }

  /** Runs one phase and publishes its result to the phases waiting for it, even when it dies. */
  private static PhaseResult runPublished(PhaseChecker checker, EvalContext ctx, Optional<String> formProblem,
      ParseResult parse, SpecSubmission sub, Map<Phase, Long> millis) {
    try {
      PhaseResult result = timed(checker, ctx, formProblem, parse, sub, millis);
      ctx.outcomes().publish(result);
      return result;
    } catch (RuntimeException | Error e) {
      ctx.outcomes().abandon(checker.phase(), e);
      throw e;
    }
  }

  /** Runs one phase (or says why it cannot run), recording its wall time. */
  private static PhaseResult timed(PhaseChecker checker, EvalContext ctx, Optional<String> formProblem,
      ParseResult parse, SpecSubmission sub, Map<Phase, Long> millis) {
    Phase phase = checker.phase();
    long start = System.nanoTime();
    PhaseResult result;
    if (formProblem.isPresent()) {
      result = phase == Phase.SYNTAX
          ? new PhaseResult(Phase.SYNTAX, Verdict.FAIL, 0, "not a TLA+ module file: " + formProblem.get(),
              List.of(Finding.loss("not-a-module", formProblem.get(), sub.specName(), "")), new PhaseDetails.None())
          : PhaseResult.skipped(phase, "the submission is not a TLA+ module file");
    } else if (phase != Phase.SYNTAX && !parse.ok()) {
      result = PhaseResult.skipped(phase, "the module does not parse (see the syntax phase)");
    } else {
      result = runGuarded(checker, ctx);
    }
    millis.put(phase, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  private static PhaseResult runGuarded(PhaseChecker checker, EvalContext ctx) {
    try {
      return checker.check(ctx);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError)) {
        throw vme;
      }
      return PhaseResult.harnessError(checker.phase(), "the " + checker.phase().id() + " checker failed", e);
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

  /** The author's cfg (if any) with the task's constants taking precedence, and no checked properties. */
  static TlcConfig resolveConfig(Task task, SpecSubmission sub, List<String> notes) {
    TlcConfig base = TlcConfig.empty();
    if (!sub.cfgText().isBlank()) {
      TlcConfigParser.Parsed parsed = TlcConfigParser.parse(sub.cfgText());
      parsed.problems().forEach(p -> notes.add("cfg: " + p));
      base = parsed.config();
    }
    for (Map.Entry<String, String> c : task.spec().constants().entrySet()) {
      String authors = base.constants().get(c.getKey());
      if (authors != null && !authors.equals(c.getValue())) {
        notes.add("cfg: constant " + c.getKey() + " = " + authors + " replaced by the task's " + c.getValue());
      }
    }
    base = base.withConstants(task.spec().constants());
    if (base.specification().isEmpty() && base.init().isEmpty()) {
      base = base.withSpecification(task.spec().specification());
    }
    if (!base.invariants().isEmpty() || !base.properties().isEmpty()) {
      notes.add("cfg: the author's own INVARIANT/PROPERTY lines are not checked (" +
          String.join(", ", concat(base.invariants(), base.properties())) + ")");
    }
    return base.withoutChecks();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
