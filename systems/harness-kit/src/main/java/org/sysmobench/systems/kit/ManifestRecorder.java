package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A recorder whose recording is described by its {@link RecordingManifest}: the traces are the manifest's
 * files in the output folder, and the manifest is {@code manifest.json} beside them.
 */
public interface ManifestRecorder extends ProgressRecorder {
  /** Records, telling {@code progress} after each trace, and returns the manifest (also written to {@code outDir}). */
  RecordingManifest recordWithManifest(Path outDir, int count, long seed, Progress progress)
      throws IOException, InterruptedException;

  /** Records and returns the manifest (also written to {@code outDir/manifest.json}). */
  default RecordingManifest recordWithManifest(Path outDir, int count, long seed) throws IOException, InterruptedException {
    return recordWithManifest(outDir, count, seed, Progress.NONE);
  }

  @Override
  default Recording record(Path outDir, int count, long seed, Progress progress) throws IOException,
      InterruptedException {
    RecordingManifest m = recordWithManifest(outDir, count, seed, progress);
    return new Recording(m.traces().stream().map(t -> outDir.resolve(t.file())).toList(),
        outDir.resolve(RecordingManifest.FILE));
  }
}
