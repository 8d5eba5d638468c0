package org.sysmobench.runs;

import java.io.PrintStream;

/** Prints the run's progress, one line per finished cell, to a stream (the CLI gives it stderr). */
public final class ProgressLine implements RunListener {
  private final PrintStream out;

  public ProgressLine(PrintStream out) {
    this.out = out;
  }

  @Override
  public void planned(RunPlan plan, int todo) {
    out.println("[" + plan.run() + "] plan: " + plan.cells().size() + " cells, " + todo + " to run");
  }

  @Override
  public void cellFinished(CellOutcome outcome, RunProgress progress) {
    String what;
    if (outcome instanceof CellOutcome.Scored s) {
      what = String.format(java.util.Locale.ROOT, "%s %.2f %s%s", s.key(), s.result().overall(), s.result().verdict(),
          s.message().isEmpty() ? "" : " (" + s.message() + ")");
    } else if (outcome instanceof CellOutcome.InfraFailed f) {
      what = f.key() + " INFRA FAILURE after " + f.attempts() + " attempts: " + f.message();
    } else {
      what = outcome.key() + " stopped: " + ((CellOutcome.Stopped) outcome).reason();
    }
    out.println("  " + what);
    out.println(progress.line());
  }

  @Override
  public void runFinished(RunSummary s) {
    out.println("[" + s.run() + "] " + s.status().id() + ": " + s.done() + "/" + s.total() + " cells done, "
        + s.infraFailed() + " infrastructure failures, " + s.notRun() + " not run; $"
        + s.spentUsd().toPlainString() + " spent");
    s.notes().forEach(n -> out.println("  note: " + n));
  }
}
