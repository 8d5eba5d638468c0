package org.sysmobench.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.runs.FreshTraces;
import org.sysmobench.model.TaskId;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.trace.TraceRecorder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sysmobench traces record TASK}: run the real system and record traces in the task's vocabulary. */
@Command(name = "traces", mixinStandardHelpOptions = true, description = "Record traces of a task's real system.",
    subcommands = {TracesCommand.Record.class})
final class TracesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "record", mixinStandardHelpOptions = true,
      description = "Run the task's system under its harness and write N traces plus a manifest.")
  static final class Record implements Callable<Integer> {
    @Parameters(paramLabel = "TASK") String id;

    @Option(names = "--count", description = "Number of traces (default: ${DEFAULT-VALUE}).")
    int count = 4;

    @Option(names = "--seed", description = "Seed choosing the scenarios (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: the task's trace folder).")
    Path out;

    /** Where the PATH for the toolchain check is read from. */
    java.util.Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
      OptionChecks.inRange("--count", count, 1, 10_000);
      if (out != null) {
        OptionChecks.writableFolder("--out", out);
      }
      Task task;
      try {
        task = TaskCatalog.discover().load(TaskId.of(id));
      } catch (IllegalArgumentException e) {
        System.err.println("traces record: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Optional<TraceRecorder> recorder = Recorders.forTask(task.id());
      if (recorder.isEmpty()) {
        System.err.println("traces record: task " + id + " has no trace harness on this machine");
        return ExitCodes.HARNESS_ERROR;
      }
      java.util.Optional<String> missing = FreshTraces.missing(recorder.get().prerequisites(env));
      if (missing.isPresent()) {
        System.err.println("traces record: " + id + " " + missing.get());
        return ExitCodes.HARNESS_ERROR;
      }
      Path dir = out != null ? out : task.traces().folder();
      StatusConsole console = StatusConsole.stderr();
      console.status("traces record: recording " + count + " traces of " + id + " (the real system runs)...");
      TraceRecorder.Recording r = recorder.get().record(dir, count, seed,
          (done, of) -> console.status("traces record: " + id + ": " + done + "/" + of + " traces"));
      console.clearStatus();
      System.out.println("Recorded " + r.traces().size() + " traces of " + id + " (seed " + seed + ") into " + dir);
      System.out.println("Manifest: " + r.manifest());
      return ExitCodes.OK;
    }
  }
}
