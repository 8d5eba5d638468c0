package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A job's private folder, holding its own metadir. TLC only finds a config in the spec's own folder:
 * when the config is {@code Name.cfg} next to {@code Name.tla}, TLC runs on the original spec (so
 * relative file names in the spec, e.g. a trace file, resolve as its author expects; with a metadir
 * TLC writes nothing next to the spec); otherwise the root module and the config are copied side by
 * side into this folder, and sibling modules are still found in the original folder, which is on the
 * resolver path after this one. A job with a count budget runs a wrapper module written here (see
 * {@link BudgetConstraint}).
 */
record JobFolder(Path root, Path specFile, Path metaDir) implements AutoCloseable {

  static JobFolder create(Path parent, String name, TlcJob job) throws IOException {
    Path root = Files.createDirectories(parent.resolve(name));
    if (job.budget().countsStates()) {
      // The budget hook sits in a constraint of a wrapper module (see BudgetConstraint); the job's own
      // module stays where it is and resolves from its folder, which is on the resolver path.
      Path specDir = Files.createDirectories(root.resolve("spec"));
      String wrapper = BudgetConstraint.wrapperName(job.moduleName());
      Path spec = specDir.resolve(wrapper + ".tla");
      Files.writeString(spec, BudgetConstraint.wrapper(job.moduleName(), job.hooks().key(), job.hooks().variables()),
          StandardCharsets.UTF_8);
      Files.writeString(specDir.resolve(wrapper + ".cfg"),
          BudgetConstraint.config(Files.readString(job.config(), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      return new JobFolder(root, spec, root.resolve("meta"));
    }
    if (job.config().equals(TlcJob.defaultConfig(job.spec())) && job.spec().getFileName().toString().endsWith(".tla")) {
      return new JobFolder(root, job.spec(), root.resolve("meta"));
    }
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
