package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sysmobench.store.RunLockedException;
import org.sysmobench.store.StoreException;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.scratch.ScratchFolder;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How a command that fails is reported: one plain line on stderr, {@code sysmobench <command>: what went
 * wrong: why}, and an exit code that says whose fault it is: {@link ExitCodes#USAGE} for the command
 * line, {@link ExitCodes#HARNESS_ERROR} for the environment (a folder that cannot be written, a full
 * disk, a missing toolchain: the line names the path and the cause) or for us. {@code --debug} (or
 * {@value #DEBUG_ENV}{@code =1}) adds the stack trace; without it, a stack trace would hide the one
 * useful line.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String DEBUG_ENV = "SYSMOBENCH_DEBUG";

  private final boolean debugByEnvironment;

  Failures(java.util.Map<String, String> env) {
    String v = env.getOrDefault(DEBUG_ENV, "");
    this.debugByEnvironment = !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String suggestion = "";
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      suggestion = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    err.println(name(cmd) + ": " + e.getMessage() + suggestion + " (see " + name(cmd) + " --help)");
    if (debug(args)) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code = exitCode(e);
    err.println(name(cmd) + ": " + oneLine(e) + (code == ExitCodes.USAGE || debug(parsed) ? ""
        : " (--debug shows where)"));
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Whose fault: the command line's, or the environment's and ours. */
  static int exitCode(Throwable e) {
    if (e instanceof ParameterException || e instanceof UsageError || e instanceof RunLockedException
        || e instanceof IllegalArgumentException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof StoreException && !(causedBy(e, IOException.class) || causedBy(e, SQLException.class))) {
      return ExitCodes.USAGE; // e.g. no such run
    }
    return ExitCodes.HARNESS_ERROR;
  }

  /**
   * The message and its causes, each said once: "cannot write /r/x.json: No space left on device". A
   * failure without a message says what it is, so nothing reads "eval: null".
   */
  static String oneLine(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
      String text = text(t);
      String reason = t instanceof IOException io ? ScratchFolder.describe(io) : text;
      if (parts.stream().noneMatch(p -> p.contains(text) || p.contains(reason))) {
        parts.add(text);
      }
    }
    return String.join(": ", parts).replace('\n', ' ');
  }

  private static String text(Throwable t) {
    if (t instanceof FileSystemException f) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + ScratchFolder.describe(f)
          + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
    }
    if (t instanceof UncheckedIOException u && u.getMessage() != null && u.getCause() != null
        && u.getMessage().endsWith(u.getCause().toString())) {
      return u.getMessage().substring(0, u.getMessage().length() - u.getCause().toString().length())
          .replaceAll("[:\\s]+$", "");
    }
    if (t instanceof TaskPackageException || t instanceof StoreException || t instanceof UsageError) {
      return t.getMessage();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String name(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName();
  }

  private boolean debug(ParseResult parsed) {
    if (debugByEnvironment) {
      return true;
    }
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private boolean debug(String[] args) {
    return debugByEnvironment || List.of(args).contains("--debug");
  }
}
