package org.sysmobench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sysmobench task show|check}: inspect one task package, or prove it sound. */
@Command(name = "task", mixinStandardHelpOptions = true, description = "Inspect or check one task package.",
    subcommands = {TaskShowCommand.class, TaskCheckCommand.class})
final class TaskCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
