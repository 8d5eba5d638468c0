package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.result.Scorecard;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Verdict;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.scratch.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sysmobench eval}: the four SysMoBench scores of one spec on one task, every lost point explained. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {"Score a TLA+ spec on a task: syntax, runtime, conformance to real traces, invariants."},
    footer = {
      "",
      "The spec is scored as submitted: markdown fences or prose around the module score 0.",
      "Without --cfg, SPEC.cfg next to the spec is used if present, else one built from the task.",
      "",
      "Exit codes: 0 evaluated (whatever the score; see --min-score), 10 overall score below --min-score,",
      "  30 harness error (tools missing, worker crash, a folder that cannot be written), 2 bad command line",
      "  (checked before any work starts: options, input files, the --json folder).",
      "",
      "Example:",
      "  sysmobench eval --task toy-lock --spec ToyLock.tla --json result.json"
    })
final class EvalCommand implements Callable<Integer> {
  static final List<String> PHASES = Arrays.stream(Phase.values()).map(Phase::id).toList();
  static final List<String> PROFILES = Arrays.stream(ScoringProfile.values()).map(ScoringProfile::id).toList();

  @Option(names = "--task", required = true, description = "Task id (see `sysmobench tasks`).")
  String task;

  @Option(names = "--spec", required = true, paramLabel = "SPEC.tla", description = "The spec to score.")
  Path spec;

  @Option(names = "--cfg", paramLabel = "CFG", description = "Its TLC config.")
  Path cfg;

  @Option(names = "--phases", split = ",", paramLabel = "PHASE",
      description = "Phases to run: syntax, runtime, conformance, invariants (default: all).")
  List<String> phases;

  @Option(names = "--profile", description = "Headline scoring profile: sound or paper (the original's formulas); both are always computed (default: ${DEFAULT-VALUE}).")
  String profile = "sound";

  @Option(names = "--seed", description = "Seed of every random choice, e.g. TLC simulation (default: ${DEFAULT-VALUE}).")
  long seed = EvalOptions.DEFAULT_SEED;

  @Option(names = "--traces", paramLabel = "DIR", description = "Replay these traces instead of the task's.")
  Path traces;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON (schema "
      + EvalResult.SCHEMA + " v" + EvalResult.VERSION + ").")
  Path json;

  @Option(names = "--min-score", description = "Exit 10 when the overall score is below this.")
  double minScore = 0;

  @Option(names = "--keep-work", description = "Keep the generated modules and configs (printed at the end).")
  boolean keepWork;

  @Mixin EngineOptions engine;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws IOException {
    // Everything that can be wrong with the command line is found before any work starts.
    engine.validate();
    Set<Phase> selected = phases == null || phases.isEmpty() ? EnumSet.allOf(Phase.class)
        : EnumSet.copyOf(phases.stream().map(p -> Phase.fromId(OptionChecks.oneOf("phase", p, PHASES))).toList());
    ScoringProfile p = ScoringProfile.fromId(OptionChecks.oneOf("profile", profile, PROFILES));
    if (json != null) {
      OptionChecks.writableFile("--json", json);
    }
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    SpecSubmission submission = submission();
    // The engine (the tools jar's hash, SANY's class loader) opens while the task package is read: a
    // syntax-only evaluation is otherwise mostly start-up.
    CompletableFuture<EvalEngine> opening = CompletableFuture.supplyAsync(engine::open);
    Task t;
    try {
      t = TaskCatalog.discover().load(TaskId.of(task));
      if (traces != null) {
        t = t.withTraceFolder(OptionChecks.existingFolder("--traces", traces));
      }
    } catch (RuntimeException e) {
      opening.thenAccept(EvalEngine::close);
      if (e instanceof TaskPackageException) {
        err.println("eval: " + e.getMessage());
        return ExitCodes.HARNESS_ERROR;
      }
      throw e;
    }
    EvalResult result;
    Path kept = keepWork ? Files.createTempDirectory("sysmobench-eval-kept-") : null;
    try (ScratchFolder scratch = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sysmobench-eval");
        EvalEngine e = opened(opening);
        ElapsedTicker ticker = ElapsedTicker.start(StatusConsole.forErrors(err), "eval: scoring " + spec.getFileName()
            + " on " + t.id() + " (" + String.join(", ", selected.stream().map(Phase::id).toList()) + ")")) {
      Path workRoot = kept != null ? kept : scratch.path();
      result = e.evaluator().evaluate(t, submission, new EvalOptions(selected, p, seed, workRoot, keepWork));
    }
    // The result first: nothing after it may lose it.
    boolean written = json == null || writeJson(result, err);
    out.print(Scorecard.render(result));
    if (json != null && written) {
      out.println("Result written to " + json);
    }
    if (kept != null) {
      out.println("Work files kept in " + kept);
    }
    out.flush();
    if (!written || !result.isScored()) {
      return ExitCodes.HARNESS_ERROR;
    }
    if (result.timeGuardHit()) {
      return ExitCodes.INCOMPLETE; // only the machine's speed decided part of it: evaluate again
    }
    return result.overall() < minScore ? ExitCodes.FAIL : ExitCodes.OK;
  }

  /** The engine opened in the background, or what stopped it from opening, as if opened here. */
  private static EvalEngine opened(CompletableFuture<EvalEngine> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Writes the JSON result; if that fails now (a disk that filled up meanwhile), into a temp file instead. */
  private boolean writeJson(EvalResult result, PrintWriter err) {
    String text = ResultJson.write(result);
    try {
      Files.writeString(json, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      String why = "eval: cannot write " + json + ": " + ScratchFolder.describe(e);
      try {
        Path rescue = Files.createTempFile("sysmobench-eval-result-", ".json");
        Files.writeString(rescue, text, StandardCharsets.UTF_8);
        err.println(why + "; the result was written to " + rescue + " instead");
      } catch (IOException again) {
        err.println(why + "; the result is only in the scorecard below");
      }
      return false;
    }
  }

  private SpecSubmission submission() {
    String text = OptionChecks.utf8Text("--spec", spec);
    String name = spec.getFileName().toString();
    if (cfg != null) {
      return new SpecSubmission(text, name, OptionChecks.utf8Text("--cfg", cfg), SpecSubmission.CfgOrigin.GIVEN);
    }
    Path beside = spec.resolveSibling(name.replaceFirst("\\.tla$", "") + ".cfg");
    if (Files.isRegularFile(beside)) {
      return new SpecSubmission(text, name, OptionChecks.utf8Text("--cfg", beside), SpecSubmission.CfgOrigin.BESIDE_SPEC);
    }
    return SpecSubmission.withoutConfig(text, name);
  }
}
