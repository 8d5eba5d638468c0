package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.file.Path;
import org.sysmobench.trace.TraceRecorder;

/**
 * The {@code zookeeper-fle} task's {@link TraceRecorder}, found by the CLI through
 * {@link java.util.ServiceLoader}: {@link ZooKeeperRecorder} with {@link RecordOptions#defaults()}.
 *
 * <p>The traces carry the raw FLE vocabulary of {@code trace/instrumentation.yaml} (see
 * {@link FleEventVocabulary}); they are not yet renamed to contract actions, because the task has no
 * {@code contract.yaml} yet. A converter belongs here once it has.
 */
public final class ZooKeeperTraceRecorder implements TraceRecorder {
  @Override
  public String taskId() {
    return "zookeeper-fle";
  }

  @Override
  public Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    RecordingManifest m = ZooKeeperRecorder.record(outDir, count, seed, RecordOptions.defaults());
    return new Recording(m.traces().stream().map(t -> outDir.resolve(t.file())).toList(), outDir.resolve("manifest.json"));
  }
}
