package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sysmobench.systems.kit.ProgressRecorder;
import org.sysmobench.systems.kit.RecordingManifest;
import org.sysmobench.systems.zookeeper.fle.contract.ContractConverter;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceRecorder;

/**
 * The {@code zookeeper-fle} task's {@link TraceRecorder}, found by the CLI through
 * {@link java.util.ServiceLoader}: {@link ZooKeeperRecorder} with {@link RecordOptions#defaults()}, then
 * {@link ContractConverter}.
 *
 * <p>The raw traces (the vocabulary of {@code trace/instrumentation.yaml}) and their manifest go to
 * {@code raw/} inside the output folder, kept for diagnosing a trace the spec does not explain; the
 * output folder itself receives the contract traces, one per raw trace and of the same name.
 */
public final class ZooKeeperTraceRecorder implements ProgressRecorder {
  /** The sub-folder that keeps the raw originals. */
  public static final String RAW = "raw";

  private final RecordOptions options;

  public ZooKeeperTraceRecorder() {
    this(RecordOptions.defaults());
  }

  public ZooKeeperTraceRecorder(RecordOptions options) {
    this.options = options;
  }

  @Override
  public String taskId() {
    return "zookeeper-fle";
  }

  /**
   * A raw trace the contract converter cannot map is refused and its scenario played again: real runs
   * rarely show values outside the contract (a vote with zxid -1 was seen once in a leader-crash run),
   * and such a trace must neither abort the recording nor reach the spec half converted.
   */
  private static void convertible(Trace raw) {
    try {
      ContractConverter.convert(raw);
    } catch (IllegalArgumentException e) {
      throw new RecordingFailedException("the contract converter cannot map it: " + e.getMessage());
    }
  }

  /** Initial election, leader crash, peer restart and late join, one trace each in turn. */
  @Override
  public int scenarios() {
    return options.scenarios().size();
  }

  @Override
  public Recording record(Path outDir, int count, long seed, Progress progress) throws IOException,
      InterruptedException {
    Path raw = outDir.resolve(RAW);
    List<Path> traces = new ArrayList<>();
    int[] accepted = {0};
    ZooKeeperRecorder.Acceptance counting = trace -> {
      convertible(trace);
      progress.traceRecorded(++accepted[0], count);
    };
    for (RecordedTrace t : ZooKeeperRecorder.record(raw, count, seed, options, counting)) {
      Path out = outDir.resolve(t.file());
      ContractConverter.convert(raw.resolve(t.file()), out, RAW + "/" + t.file());
      traces.add(out);
    }
    return new Recording(traces, raw.resolve(RecordingManifest.FILE));
  }
}
