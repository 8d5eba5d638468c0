package org.sysmobench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * What a command printed and its exit code, captured through picocli's writers (every command prints
 * through them, status lines included), so a test never swaps {@code System.out} or {@code System.err}.
 */
record CommandOutput(int exit, String out, String err) {

  /** Runs {@code args} on a fresh command line with the shared error handling. */
  static CommandOutput run(String... args) {
    return run(Main.commandLine(), args);
  }

  /** Runs {@code args} on {@code cli} (a test may set a command's fields first). */
  static CommandOutput run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return new CommandOutput(exit, out.toString(), err.toString());
  }
}
