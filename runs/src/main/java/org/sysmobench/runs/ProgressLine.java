package org.sysmobench.runs;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.sysmobench.llm.client.CallObserver;

/**
 * Tells a person how a run is going: one line per finished cell, a progress status (cells done/total,
 * ETA, tokens, spend so far) that a terminal keeps at the bottom, and one line per LLM retry saying what
 * happened and how long it waits (it is also the clients' {@link CallObserver}).
 */
public final class ProgressLine implements RunListener, CallObserver {
  private final StatusConsole console;

  public ProgressLine(StatusConsole console) {
    this.console = console;
  }

  /** Plain lines on {@code out}. */
  public ProgressLine(PrintStream out) {
    this(StatusConsole.plain(out));
  }

  @Override
  public void planned(RunPlan plan, int todo) {
    console.line("[" + plan.run() + "] plan: " + plan.cells().size() + " cells, " + todo + " to run");
  }

  @Override
  public void cellFinished(CellOutcome outcome, RunProgress progress) {
    String what;
    if (outcome instanceof CellOutcome.Scored s) {
      what = String.format(Locale.ROOT, "%s %.2f %s%s", s.key(), s.result().overall(), s.result().verdict(),
          s.message().isEmpty() ? "" : " (" + s.message() + ")");
    } else if (outcome instanceof CellOutcome.Proposed p) {
      what = String.format(Locale.ROOT, "%s %.2f %s, %d accepted of %d proposed%s", p.key(), p.result().score(),
          p.result().verdict(), p.result().accepted(), p.result().properties().size(),
          p.message().isEmpty() ? "" : " (" + p.message() + ")");
    } else if (outcome instanceof CellOutcome.InfraFailed f) {
      what = f.key() + " PROVIDER/INFRASTRUCTURE FAILURE after " + f.attempts() + " attempts (not scored; --resume"
          + " retries it): " + f.message();
    } else {
      what = outcome.key() + " stopped: " + ((CellOutcome.Stopped) outcome).reason();
    }
    console.line("  " + what);
    console.status(progress.line());
  }

  @Override
  public void retrying(String model, int attempt, String reason, Duration wait) {
    console.line("  " + model + ": attempt " + attempt + " failed: " + reason + "; retrying in " + seconds(wait));
  }

  @Override
  public void runFinished(RunSummary s) {
    console.clearStatus();
    console.line("[" + s.run() + "] " + s.status().id() + ": " + s.done() + "/" + s.total() + " cells done, "
        + s.infraFailed() + " provider/infrastructure failures, " + s.notRun() + " not run; $"
        + s.spentUsd().toPlainString() + " spent");
    s.notes().forEach(n -> console.line("  note: " + n));
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
