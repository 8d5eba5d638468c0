package org.sysmobench.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What the user sees when a command throws instead of returning an exit code: one line naming the command
 * and what went wrong (a missing toolchain, an unreadable file, a failed recording), exit code 30, and a
 * stack trace only with {@code --debug} (or {@value #DEBUG_ENV}{@code =1}). Environment problems are the
 * common case and a stack trace hides their one useful line.
 */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {
  static final String DEBUG_ENV = "SYSMOBENCH_DEBUG";

  private final boolean debugByEnvironment;

  UnexpectedErrorHandler(Map<String, String> env) {
    String v = env.getOrDefault(DEBUG_ENV, "");
    this.debugByEnvironment = !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean debug = debugByEnvironment || debugRequested(parsed);
    err.println(commandPath(cmd) + ": " + describe(ex) + (debug ? "" : " (--debug shows where)"));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.HARNESS_ERROR;
  }

  /** The exception's message, with its causes' messages when they add something. */
  static String describe(Throwable ex) {
    StringBuilder sb = new StringBuilder(message(ex));
    for (Throwable c = ex.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      String m = message(c);
      if (!sb.toString().contains(m)) {
        sb.append(": ").append(m);
      }
    }
    return sb.toString();
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static String commandPath(CommandLine cmd) {
    String path = cmd.getCommandName();
    for (CommandLine p = cmd.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
      path = p.getCommandName() + " " + path;
    }
    return path;
  }
}
