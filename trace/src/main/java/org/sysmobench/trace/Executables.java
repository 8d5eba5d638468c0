package org.sysmobench.trace;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a command on a {@code PATH} the caller gives (not necessarily this process's), the way a shell
 * would: the first executable file of that name in the PATH's folders. Harnesses check their toolchain
 * with it before a recording, and tests check what a machine without a tool would see.
 */
public final class Executables {
  private Executables() {}

  /** The executable {@code name} on {@code env}'s {@code PATH}, if any. */
  public static Optional<Path> find(String name, Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
