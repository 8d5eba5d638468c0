package org.sysmobench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TraceSettings;
import org.sysmobench.trace.CodeCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sysmobench traces coverage TASK}: the branches of the task's modelled code that its recorded
 * traces executed, per modelled method, with the source lines that still have a missed branch, read from
 * the recording manifest (the harness measured them while recording), against the task's floor.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Show per modelled method the branches the task's recorded traces executed, and the task's floor.",
    footer = {"", "Exit codes: 0 the traces meet the floor (or the task states none), 10 below the floor,",
        "  20 the recording holds no coverage (re-record with this version), 2 bad command line."})
final class TracesCoverageCommand implements Callable<Integer> {
  /** Missed-branch lines listed per method before the rest is summarised. */
  private static final int GAPS_SHOWN = 12;

  @Parameters(paramLabel = "TASK") String id;

  @Option(names = "--traces", paramLabel = "DIR", description = "A recording folder other than the task's committed traces.")
  Path traces;

  @Spec CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    if (traces != null) {
      OptionChecks.existingFolder("--traces", traces);
    }
    Task task;
    try {
      task = TaskCatalog.discover().load(TaskId.of(id));
    } catch (IllegalArgumentException e) {
      err.println("traces coverage: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    TraceSettings settings = traces == null ? task.traces() : task.traces().fresh(traces);
    Optional<Path> manifest = settings.manifest();
    if (manifest.isEmpty()) {
      out.println("traces coverage: " + settings.folder() + " holds no recording manifest");
      return ExitCodes.INCOMPLETE;
    }
    Optional<CodeCoverage> coverage;
    try {
      coverage = CodeCoverage.ofManifest(manifest.get());
    } catch (IllegalArgumentException e) {
      out.println("traces coverage: " + manifest.get() + ": " + e.getMessage());
      return ExitCodes.INCOMPLETE;
    }
    if (coverage.isEmpty() || coverage.get().methods().isEmpty()) {
      out.println("traces coverage: " + manifest.get() + " holds no code coverage (recorded by an older "
          + "harness: record again with 'sysmobench traces record " + id + "')");
      return ExitCodes.INCOMPLETE;
    }
    CodeCoverage c = coverage.get();
    out.println("Branch coverage of " + id + "'s modelled code by " + settings.files().size() + " traces in "
        + settings.folder() + " (" + c.tool() + ")");
    out.printf(Locale.ROOT, "  %13s %13s  %s%n", "branches", "lines", "method");
    for (CodeCoverage.MethodCoverage m : c.methods()) {
      out.printf(Locale.ROOT, "  %13s %13s  %s%n", figure(m.branches()), figure(m.lines()), m.displayName());
      if (!m.gaps().isEmpty()) {
        out.printf(Locale.ROOT, "  %13s %13s    missed branches at lines (taken/all): %s%n", "", "", gaps(m));
      }
    }
    out.printf(Locale.ROOT, "  %13s %13s  %s%n", figure(c.branches()), figure(c.lines()), "all modelled methods");
    double floor = task.traces().coverageFloor();
    if (floor == 0) {
      out.println("The task states no coverage floor.");
      return ExitCodes.OK;
    }
    boolean met = c.branches().ratio() >= floor;
    out.printf(Locale.ROOT, "Floor %.0f%% of the modelled branches: %s (%.1f%%)%n", 100 * floor, met ? "met" : "NOT met",
        100 * c.branches().ratio());
    return met ? ExitCodes.OK : ExitCodes.FAIL;
  }

  private static String figure(CodeCoverage.Count c) {
    return c.total() == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %3.0f%%", c.covered(), c.total(), 100 * c.ratio());
  }

  private static String gaps(CodeCoverage.MethodCoverage m) {
    String shown = m.gaps().stream().limit(GAPS_SHOWN).map(g -> g.line() + " (" + g.covered() + "/" + g.total() + ")")
        .collect(Collectors.joining(", "));
    return m.gaps().size() > GAPS_SHOWN ? shown + ", ... " + (m.gaps().size() - GAPS_SHOWN) + " more" : shown;
  }
}
