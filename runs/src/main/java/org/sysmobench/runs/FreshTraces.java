package org.sysmobench.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sysmobench.model.TaskId;
import org.sysmobench.trace.Prerequisite;
import org.sysmobench.trace.TraceRecorder;

/**
 * Records fresh traces of a run's tasks before the run. A task whose harness cannot record on this machine
 * (a missing toolchain, see {@link TraceRecorder#prerequisites}) is found before anything starts, and a
 * task whose recording fails is found when it does: either way the task is skipped with one line saying
 * why (and the exact command that installs what is missing), and the other tasks carry on.
 */
public final class FreshTraces {
  private final Function<TaskId, Optional<TraceRecorder>> recorders;
  private final Map<String, String> env;
  private final StatusConsole console;

  public FreshTraces(Function<TaskId, Optional<TraceRecorder>> recorders, Map<String, String> env, StatusConsole console) {
    this.recorders = recorders;
    this.env = Map.copyOf(env);
    this.console = console;
  }

  /** The tasks among {@code tasks} whose harness lacks something here, each with why. */
  public Map<TaskId, String> unrecordable(List<TaskId> tasks) {
    Map<TaskId, String> out = new LinkedHashMap<>();
    for (TaskId t : tasks) {
      recorders.apply(t).flatMap(r -> missing(r.prerequisites(env))).ifPresent(why -> out.put(t, why));
    }
    return out;
  }

  /**
   * {@code cannot record its traces here: cargo: not on the PATH; install: sudo apt-get install ...}, or
   * empty when nothing is missing.
   */
  public static Optional<String> missing(List<Prerequisite> prerequisites) {
    List<Prerequisite> missing = prerequisites.stream().filter(p -> !p.present()).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    Set<String> installs = new LinkedHashSet<>();
    missing.forEach(p -> installs.add(p.install()));
    return Optional.of("cannot record its traces here: " + String.join("; ", missing.stream()
        .map(p -> p.name() + ": " + p.found()).toList()) + "; install: " + String.join(" && ", installs));
  }

  /** Whether the task has a harness here (tasks without one replay their committed traces). */
  public boolean hasHarness(TaskId task) {
    return recorders.apply(task).isPresent();
  }

  /** How many traces a recording of {@code count} (at least one per scenario, if asked) makes. */
  public int traces(TaskId task, int count, boolean atLeastEveryScenario) {
    return recorders.apply(task).map(r -> atLeastEveryScenario ? Math.max(count, r.scenarios()) : count).orElse(0);
  }

  /**
   * Records {@code count} traces (at least one per scenario when asked) of every task that has a harness,
   * into {@code root/<task>}; returns the tasks whose recording failed, each with the failure.
   */
  public Map<TaskId, Exception> record(List<TaskId> tasks, Path root, int count, boolean atLeastEveryScenario, long seed)
      throws InterruptedException {
    Map<TaskId, Exception> failed = new LinkedHashMap<>();
    for (TaskId t : tasks) {
      Optional<TraceRecorder> recorder = recorders.apply(t);
      if (recorder.isEmpty()) {
        console.line("run: " + t + " has no trace harness here; replaying its committed traces");
        continue;
      }
      int scenarios = recorder.get().scenarios();
      int n = traces(t, count, atLeastEveryScenario);
      if (n < scenarios) {
        console.line("run: note: " + n + " traces play " + n + " of the " + scenarios + " scenarios of " + t
            + "; a spec wrong only in the others cannot lose points on them");
      }
      Instant start = Instant.now();
      console.status("run: recording " + n + " fresh traces of " + t + " (the real system runs)...");
      try {
        TraceRecorder.Recording r = recorder.get().record(root.resolve(t.value()), n, seed,
            (done, of) -> console.status("run: recording " + t + ": " + done + "/" + of + " traces"
                + eta(start, done, of)));
        console.clearStatus();
        console.line("run: " + r.traces().size() + " fresh traces of " + t + " in "
            + ProgressTime.format(Duration.between(start, Instant.now())) + " (" + root.resolve(t.value()) + ")");
      } catch (IOException | RuntimeException e) {
        console.clearStatus();
        failed.put(t, e);
      }
    }
    return failed;
  }

  private static String eta(Instant start, int done, int of) {
    if (done == 0 || done >= of) {
      return "";
    }
    Duration elapsed = Duration.between(start, Instant.now());
    return " · ETA " + ProgressTime.format(elapsed.dividedBy(done).multipliedBy(of - done));
  }
}
