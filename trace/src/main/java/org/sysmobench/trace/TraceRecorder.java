package org.sysmobench.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A task's trace harness: runs the real system and records traces already converted to the task's
 * contract vocabulary (events named as contract actions, with {@code args} and observed {@code state}).
 * Harnesses register an implementation with {@link java.util.ServiceLoader}; the CLI finds the one
 * whose {@link #taskId()} matches, so adding a system never edits a switch statement.
 */
public interface TraceRecorder {

  /** The id of the task (its folder name under {@code systems/}) whose traces this records. */
  String taskId();

  /**
   * Records {@code count} traces into {@code outDir}, seeded: the same seed gives the same scenarios
   * (interleavings of a real system may still differ). Writes one {@code .ndjson} file per trace and a
   * {@code manifest.json}, and leaves no processes, ports, threads or data folders behind.
   */
  Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException;

  /**
   * Records as {@link #record(Path, int, long)} does, telling {@code progress} after each trace is written,
   * so a person watching a long recording sees it advance. Harnesses that can say so override this; the
   * default reports once, at the end.
   */
  default Recording record(Path outDir, int count, long seed, Progress progress) throws IOException,
      InterruptedException {
    Recording r = record(outDir, count, seed);
    progress.traceRecorded(r.traces().size(), count);
    return r;
  }

  /** Hears a recording advance. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = (done, count) -> { };

    /** {@code done} of the {@code count} traces asked for are written. */
    void traceRecorded(int done, int count);
  }

  /**
   * How many distinct scenarios a recording plays in turn (trace i plays scenario i mod this number),
   * so a recording of fewer traces leaves some of the system's behaviour out: callers choosing a count
   * for the user record at least this many. 1 for a harness whose traces draw their set-up from the seed.
   */
  default int scenarios() {
    return 1;
  }

  /**
   * What recording needs beyond the JDK and the harness jar, checked quickly against this machine and the
   * environment {@code env} (its {@code PATH}), without building or running anything. Empty when the JDK
   * is enough. A caller skips the task, naming each missing item and its install command, rather than
   * start a recording that cannot succeed.
   */
  default List<Prerequisite> prerequisites(Map<String, String> env) {
    return List.of();
  }

  /** What a recording wrote. */
  record Recording(List<Path> traces, Path manifest) {
    public Recording {
      traces = List.copyOf(traces);
    }
  }
}
