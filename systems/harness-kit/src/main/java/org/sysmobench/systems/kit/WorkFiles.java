package org.sysmobench.systems.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The files a recording puts down besides its traces: resources shipped in the harness jar, temp folders. */
public final class WorkFiles {
  private WorkFiles() {}

  /**
   * Copies the resource {@code name}, relative to {@code anchor}'s package, to {@code target}.
   *
   * @throws IllegalStateException if the harness jar lacks it (a build mistake, not a recording failure)
   */
  public static void copyResource(Class<?> anchor, String name, Path target) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("harness jar lacks its " + name + " next to " + anchor.getName());
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code root} and everything under it; nothing happens if it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
