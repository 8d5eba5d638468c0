package org.sysmobench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sysmobench.model.RunId;
import org.sysmobench.report.ReportBuilder;
import org.sysmobench.report.ReportFormat;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sysmobench leaderboard RUN...}: several runs merged into one leaderboard. */
@Command(
    name = "leaderboard",
    mixinStandardHelpOptions = true,
    description = {
      "Merge runs into one leaderboard: their cells are pooled per task x model x agent, then ranked per",
      "model x agent by the mean over tasks. Without RUN arguments, every run of the results folder."
    },
    footer = {"", "Example:", "  sysmobench leaderboard run-a run-b --format html --out leaderboard.html"})
final class LeaderboardCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RUN", arity = "0..*", description = "Run ids (default: all runs).")
  List<String> runs = List.of();

  @Option(names = "--format", description = "md, json or html (default: ${DEFAULT-VALUE}).")
  String format = "md";

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Mixin ResultsOptions results;

  @Spec CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    ReportFormat f;
    try {
      f = ReportFormat.fromId(format);
    } catch (IllegalArgumentException e) {
      err.println("leaderboard: unknown format '" + format + "' (use md, json or html)");
      return ExitCodes.USAGE;
    }
    try (RunStore store = results.open()) {
      List<RunId> ids = runs.isEmpty() ? store.runs().stream().map(RunManifest::id).toList()
          : runs.stream().map(RunId::of).toList();
      if (ids.isEmpty()) {
        err.println("leaderboard: no runs in " + store.folder());
        return ExitCodes.USAGE;
      }
      return ReportCommand.write(f.render(ReportBuilder.build(store, ids)), out, "leaderboard", command);
    } catch (IllegalArgumentException | StoreException e) {
      err.println("leaderboard: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
