package org.sysmobench.runs;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Where progress goes for a person to read. On a terminal one status line stays at the bottom and is
 * rewritten in place while ordinary lines scroll above it; anywhere else (a file, a pipe, CI logs) every
 * status is printed as a plain line of its own, so logs hold no control characters. Thread-safe.
 */
public final class StatusConsole {
  private static final String CLEAR_LINE = "\r\u001b[2K";

  private final PrintWriter out;
  private final boolean terminal;
  private String status = "";

  public StatusConsole(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public StatusConsole(PrintStream out, boolean terminal) {
    this(new PrintWriter(out, true), terminal);
  }

  /** Plain lines on {@code out}. */
  public static StatusConsole plain(PrintStream out) {
    return new StatusConsole(out, false);
  }

  /**
   * A command's error writer (standard error, or what a test captures), rewriting the status line in place
   * when this process runs on a terminal.
   */
  public static StatusConsole forErrors(PrintWriter err) {
    String term = System.getenv("TERM");
    return new StatusConsole(err, System.console() != null && term != null && !term.equals("dumb"));
  }

  public boolean terminal() {
    return terminal;
  }

  /** A line that stays (a finished cell, a retry, a note). */
  public synchronized void line(String text) {
    if (terminal && !status.isEmpty()) {
      out.print(CLEAR_LINE);
    }
    out.println(text);
    if (terminal && !status.isEmpty()) {
      out.print(status);
    }
    out.flush();
  }

  /** The current state of a long job; replaces the previous one on a terminal. */
  public synchronized void status(String text) {
    if (terminal) {
      status = text;
      out.print(CLEAR_LINE + text);
      out.flush();
    } else {
      out.println(text);
    }
  }

  /** Removes the status line (the job is over); later lines start on a clean line. */
  public synchronized void clearStatus() {
    if (terminal && !status.isEmpty()) {
      out.print(CLEAR_LINE);
      out.flush();
    }
    status = "";
  }
}
