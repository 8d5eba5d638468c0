package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A job's private folder: a copy of the root module and its config side by side (TLC only finds a
 * config in the spec's own folder) and the job's own metadir. Sibling modules the spec extends are
 * still found in the original folder, which is on the resolver path after this one.
 */
record JobFolder(Path root, Path specCopy, Path metaDir) implements AutoCloseable {

  static JobFolder create(Path parent, String name, TlcJob job) throws IOException {
    Path root = Files.createDirectories(parent.resolve(name));
    Path specDir = Files.createDirectories(root.resolve("spec"));
    Path spec = specDir.resolve(job.moduleName() + ".tla");
    Files.copy(job.spec(), spec, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(job.config(), specDir.resolve(job.moduleName() + ".cfg"), StandardCopyOption.REPLACE_EXISTING);
    return new JobFolder(root, spec, root.resolve("meta"));
  }

  @Override
  public void close() {
    deleteTree(root);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // leftovers in a temp folder are harmless; never fail a job over cleanup
    }
  }
}
