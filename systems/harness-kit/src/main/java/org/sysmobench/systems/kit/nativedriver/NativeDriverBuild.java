package org.sysmobench.systems.kit.nativedriver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sysmobench.trace.Prerequisite;

/** How a task's native driver is built and cached; what {@link NativeDriverRecorder} needs of it. */
public interface NativeDriverBuild {
  /**
   * What a recording needs here: nothing once this version of the driver is built; otherwise the
   * toolchain on {@code env}'s PATH and whatever the build reads.
   *
   * @throws IOException if the driver sources cannot be read from the harness jar
   */
  List<Prerequisite> prerequisites(Map<String, String> env) throws IOException;

  /** The driver binary, built now if this version of the sources has not been built yet. */
  Path binary() throws IOException, InterruptedException;
}
