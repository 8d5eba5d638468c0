package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sysmobench.model.RunId;
import org.sysmobench.report.ReportBuilder;
import org.sysmobench.report.ReportData;
import org.sysmobench.report.ReportFormat;
import org.sysmobench.store.RunExport;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sysmobench report RUN}: scores, intervals, pass@k, cost, errors; from the store alone. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report on a stored run: per task x model x agent the four phase scores (mean and 95%% t interval over",
      "epochs), pass@k, best-of-N (the original's convention), cost and tokens, safety vs liveness, the most",
      "common reasons for lost points; the HTML report is one self-contained file with charts and drill-down."
    },
    footer = {"", "Example:", "  sysmobench report 20260101-120000-4f2a --format html --out report.html"})
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
  String run;

  @Option(names = "--format", description = "md, json, html, or export (the whole run as stored: schema "
      + RunExport.SCHEMA + " v" + RunExport.VERSION + ") (default: ${DEFAULT-VALUE}).")
  String format = "md";

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--scoring", paramLabel = "N", description = "Scoring version to report (default: the latest).")
  Integer scoring;

  @Mixin ResultsOptions results;

  @Spec CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    if (format.equalsIgnoreCase("export")) {
      try (RunStore store = results.open()) {
        return write(RunExport.of(store, RunId.of(run)).toJson(), out, "report", command);
      } catch (IllegalArgumentException | StoreException e) {
        err.println("report: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    ReportFormat f;
    try {
      f = ReportFormat.fromId(format);
    } catch (IllegalArgumentException e) {
      err.println("report: unknown format '" + format + "' (use md, json, html or export)");
      return ExitCodes.USAGE;
    }
    try (RunStore store = results.open()) {
      RunId id = RunId.of(run);
      ReportData data = ReportBuilder.build(store, List.of(id), scoring == null ? Map.of() : Map.of(id, scoring));
      return write(f.render(data), out, "report", command);
    } catch (IllegalArgumentException | StoreException e) {
      err.println("report: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  /** Writes {@code text} to {@code out}, or to the command's standard output; {@code name} prefixes what it says. */
  static int write(String text, Path out, String name, CommandSpec command) {
    PrintWriter err = command.commandLine().getErr();
    if (out == null) {
      PrintWriter stdout = command.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
      return ExitCodes.OK;
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, text);
      err.println(name + ": wrote " + out);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println(name + ": cannot write " + out + ": " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }
  }
}
