package org.sysmobench.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.TlcBudget;

/**
 * Writes generated files into an evaluation's work folder (next to the submitted spec, so that {@code
 * EXTENDS} of it resolves), and turns a task's phase budgets into TLC budgets.
 */
public final class WorkFiles {
  /**
   * The harness's wall-time guard is this many times the task's time budget. Wall time never decides a
   * score (the counts do); the guard only ends a job that would otherwise run away, and is set far above
   * what the counts need on a loaded machine.
   */
  static final int TIME_GUARD_FACTOR = 3;

  private WorkFiles() {}

  /** Generated states allowed per distinct state of the budget: a search that branches more stops. */
  static final int GENERATED_PER_STATE = 10;

  /**
   * A budget of the task's phase budget: at most {@code states} distinct states and ten times as many
   * generated ones (which bounds the work where a spec's states have a great many successors; a
   * simulation, which keeps no distinct states, gets only the latter), and the task's time as the
   * harness's guard.
   */
  public static TlcBudget budget(PhaseBudget b, long states, boolean simulation) {
    TlcBudget budget = TlcBudget.ofTime(guard(b.wallTime())).withMaxGenerated(states * GENERATED_PER_STATE);
    return simulation ? budget : budget.withMaxDistinctStates(states);
  }

  static Duration guard(Duration taskTime) {
    return taskTime.multipliedBy(TIME_GUARD_FACTOR);
  }

  public static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
