package org.sysmobench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code sysmobench} command. The only class allowed to call {@link System#exit}:
 * the TLA+ tools leave non-daemon threads behind, and exit codes carry verdicts.
 */
@Command(
    name = "sysmobench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Benchmark and toolkit: how well does AI write TLA+ models of real systems?",
    subcommands = {
      CommandLine.HelpCommand.class, EvalCommand.class, TasksCommand.class, TaskCommand.class, TracesCommand.class,
      CheckCommand.class, BenchCommand.class, ParseCommand.class, GenerateCommand.class, EvalPropertiesCommand.class,
      RunCommand.class, RescoreCommand.class, ReportCommand.class, LeaderboardCommand.class, DoctorCommand.class, ModelsCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Read by {@link Failures} from the parse result, whichever command it was given to. */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On failure, also print the stack trace (also: " + Failures.DEBUG_ENV + "=1).")
  boolean debug;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, without exiting (tests call this). */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    int code = cli.execute(args);
    // Commands print through picocli's writers, which buffer: nothing may be lost to System.exit.
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** The command line with the error handling every entry point shares. */
  static CommandLine commandLine() {
    Failures failures = new Failures(System.getenv());
    return new CommandLine(new Main()).setParameterExceptionHandler(failures).setExecutionExceptionHandler(failures);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
