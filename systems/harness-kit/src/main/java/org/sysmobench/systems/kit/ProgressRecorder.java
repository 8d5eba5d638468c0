package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Path;
import org.sysmobench.trace.TraceRecorder;

/** A recorder that tells its progress after each trace: recording without a listener is recording with none. */
public interface ProgressRecorder extends TraceRecorder {
  @Override
  default Recording record(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return record(outDir, count, seed, Progress.NONE);
  }

  @Override
  Recording record(Path outDir, int count, long seed, Progress progress) throws IOException, InterruptedException;
}
