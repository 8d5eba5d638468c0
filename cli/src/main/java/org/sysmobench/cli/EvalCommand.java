package org.sysmobench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.EvalResult;
import org.sysmobench.check.Phase;
import org.sysmobench.check.ResultJson;
import org.sysmobench.check.Scorecard;
import org.sysmobench.check.ScoringProfile;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Verdict;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import picocli.CommandLine.Command;
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
      "  30 harness error (tools missing, worker crash), 2 bad command line.",
      "",
      "Example:",
      "  sysmobench eval --task toy-lock --spec ToyLock.tla --json result.json"
    })
final class EvalCommand implements Callable<Integer> {
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

  @Override
  public Integer call() throws IOException {
    Task t;
    Set<Phase> selected;
    ScoringProfile p;
    SpecSubmission submission;
    try {
      t = TaskCatalog.discover().load(TaskId.of(task));
      if (traces != null) {
        t = t.withTraceFolder(traces);
      }
      selected = phases == null || phases.isEmpty() ? EnumSet.allOf(Phase.class)
          : EnumSet.copyOf(phases.stream().map(Phase::fromId).toList());
      p = ScoringProfile.fromId(profile);
      submission = submission();
    } catch (TaskPackageException e) {
      System.err.println("eval: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path workRoot = Files.createTempDirectory("sysmobench-eval");
    EvalResult result;
    try (EvalEngine e = engine.open();
        ElapsedTicker ticker = ElapsedTicker.start(StatusConsole.stderr(), "eval: scoring " + spec.getFileName()
            + " on " + t.id() + " (" + String.join(", ", selected.stream().map(Phase::id).toList()) + ")")) {
      result = e.evaluator().evaluate(t, submission, new EvalOptions(selected, p, seed, workRoot, keepWork));
    }
    System.out.print(Scorecard.render(result));
    if (json != null) {
      Files.writeString(json, ResultJson.write(result), StandardCharsets.UTF_8);
      System.out.println("Result written to " + json);
    }
    if (keepWork) {
      System.out.println("Work files kept in " + workRoot);
    } else {
      Files.deleteIfExists(workRoot);
    }
    if (!result.isScored()) {
      return ExitCodes.HARNESS_ERROR;
    }
    if (result.timeGuardHit()) {
      return ExitCodes.INCOMPLETE; // only the machine's speed decided part of it: evaluate again
    }
    return result.overall() < minScore ? ExitCodes.FAIL : ExitCodes.OK;
  }

  private SpecSubmission submission() throws IOException {
    if (!Files.isRegularFile(spec)) {
      throw new IllegalArgumentException("spec not found: " + spec);
    }
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    String name = spec.getFileName().toString();
    if (cfg != null) {
      if (!Files.isRegularFile(cfg)) {
        throw new IllegalArgumentException("cfg not found: " + cfg);
      }
      return new SpecSubmission(text, name, Files.readString(cfg, StandardCharsets.UTF_8), SpecSubmission.CfgOrigin.GIVEN);
    }
    Path beside = spec.resolveSibling(name.replaceFirst("\\.tla$", "") + ".cfg");
    if (Files.isRegularFile(beside)) {
      return new SpecSubmission(text, name, Files.readString(beside, StandardCharsets.UTF_8),
          SpecSubmission.CfgOrigin.BESIDE_SPEC);
    }
    return SpecSubmission.withoutConfig(text, name);
  }
}
