package org.sysmobench.cli;

import picocli.CommandLine.Command;

/**
 * {@code sysmobench bench}: performance measurements, one subcommand per engine part. A benchmark is
 * a command, never a timed test. Other parts add their own subcommand here.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure the engine's performance (see the subcommands).",
    subcommands = {BenchTlcCommand.class, BenchSanyCommand.class, BenchEvalCommand.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
