package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.check.discovery.DiscoveryScorecard;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.Verdict;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.scratch.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sysmobench eval-properties}: the invariants track's verdict on one property sheet, every property explained. */
@Command(
    name = "eval-properties",
    mixinStandardHelpOptions = true,
    description = {"Score a property sheet on a task (the invariants track): which proposed properties are real"
        + " (sound on the reference and the recorded traces, violated by a hidden mutant, not trivial, not a"
        + " restatement), which expert templates they cover, and why the others earn nothing."},
    footer = {
      "",
      "A sheet is TLA+ definitions over the task's contract; each property follows a line",
      "  \\* property safety|action|liveness: <its meaning, in one line>",
      "Score = precision x (discovered + recall) / 2: unsound and ill-formed properties cost, trivial ones earn nothing.",
      "--learning runs only what a repair critic may show (the reference and the learning traces): no score.",
      "",
      "Exit codes: 0 scored (whatever the score), 20 some verdict hit a budget, 30 harness error, 2 bad command line.",
      "",
      "Example:",
      "  sysmobench eval-properties --task jdk-reentrantlock --sheet properties.tla --json result.json"
    })
final class EvalPropertiesCommand implements Callable<Integer> {
  @Option(names = "--task", required = true, description = "Task id (see `sysmobench tasks`), or a task folder.")
  String task;

  @Option(names = "--sheet", required = true, paramLabel = "FILE", description = "The property sheet to score.")
  Path sheet;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON (schema "
      + DiscoveryResult.SCHEMA + " v" + DiscoveryResult.VERSION + ").")
  Path json;

  @Option(names = "--seed", description = "TLC's seed (default: ${DEFAULT-VALUE}).")
  long seed = DiscoveryOptions.DEFAULT_SEED;

  @Option(names = "--learning", description = "Only the learning checks a repair critic may show (no hidden mutants,"
      + " no scoring traces, no score).")
  boolean learning;

  @Option(names = "--keep-work", description = "Keep the generated modules and configs (printed at the end).")
  boolean keepWork;

  @Mixin EngineOptions engine;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    engine.validate();
    if (json != null) {
      OptionChecks.writableFile("--json", json);
    }
    String text = OptionChecks.utf8Text("--sheet", sheet);
    Task t;
    try {
      t = GenerateCommand.loadTask(task);
    } catch (TaskPackageException e) {
      err.println("eval-properties: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    } catch (IllegalArgumentException e) {
      err.println("eval-properties: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (!learning && !DiscoveryScorer.hasTrack(t)) {
      err.println("eval-properties: task " + t.id() + " has no invariants track (no discovery.yaml with hidden"
          + " mutants); --learning runs the checks that need none");
      return ExitCodes.USAGE;
    }
    DiscoveryResult result;
    Path kept = keepWork ? Files.createTempDirectory("sysmobench-properties-kept-") : null;
    try (ScratchFolder scratch = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")),
            "sysmobench-properties");
         EvalEngine e = engine.open();
         ElapsedTicker ticker = ElapsedTicker.start(StatusConsole.forErrors(err), "eval-properties: checking "
             + sheet.getFileName() + " on " + t.id())) {
      DiscoveryScorer scorer = new DiscoveryScorer(e.sany(), e.pool());
      DiscoveryOptions options = new DiscoveryOptions(seed, kept != null ? kept : scratch.path(), keepWork);
      result = learning ? scorer.learningChecks(t, text, options) : scorer.score(t, text, options);
    }
    if (json != null) {
      Files.writeString(json, DiscoveryResultJson.write(result), StandardCharsets.UTF_8);
    }
    out.print(DiscoveryScorecard.render(result));
    if (json != null) {
      out.println("Result written to " + json);
    }
    if (kept != null) {
      out.println("Work files kept in " + kept);
    }
    if (!result.scored()) {
      return ExitCodes.HARNESS_ERROR;
    }
    return result.verdict() == Verdict.INCOMPLETE ? ExitCodes.INCOMPLETE : ExitCodes.OK;
  }
}
