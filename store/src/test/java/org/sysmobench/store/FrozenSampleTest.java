package org.sysmobench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One frozen results folder per store schema version ({@code src/test/resources/store-samples/v<N>/}),
 * written once by the code of that version and never regenerated: the current code must open it (migrating
 * it), and export exactly what was stored ({@code export.json}, apart from the schema version it was read
 * from). To add the sample of a new schema version, run this class with
 * {@code -Dsysmobench.writeStoreSample=true} once and commit the folder.
 */
class FrozenSampleTest {
  static final Path SAMPLES = Path.of("src/test/resources/store-samples");

  @TempDir Path tmp;

  @Test
  void everyFrozenSampleOpensAndExportsWhatWasStored() throws IOException {
    Path[] versions;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      versions = s.filter(Files::isDirectory).sorted().toArray(Path[]::new);
    }
    assertThat(versions).as("a frozen sample for the latest schema version").isNotEmpty()
        .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("v" + Migrations.LATEST));
    for (Path sample : versions) {
      Path copy = tmp.resolve(sample.getFileName().toString());
      copyTree(sample, copy);
      String expected = Files.readString(sample.resolve("export.json"));
      try (RunStore store = RunStore.open(copy.resolve("results"), SampleRun.CLOCK)) {
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
        RunExport actual = RunExport.of(store, SampleRun.RUN);
        RunExport frozen = RunExport.fromJson(expected);
        assertThat(actual.manifest()).isEqualTo(frozen.manifest());
        assertThat(actual.scoringVersions()).isEqualTo(frozen.scoringVersions());
        assertThat(actual.cells()).isEqualTo(frozen.cells());
        // every artifact the sample names is there and intact
        actual.cells().forEach(c -> c.artifacts().values().forEach(sha -> store.artifacts().read(sha)));
      }
    }
  }

  @Test
  void writeTheSampleOfTheLatestVersion() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("sysmobench.writeStoreSample"),
        "writes a new frozen sample only when -Dsysmobench.writeStoreSample=true");
    Path target = SAMPLES.resolve("v" + Migrations.LATEST);
    Assumptions.assumeFalse(Files.exists(target), "the sample of v" + Migrations.LATEST + " exists; never rewrite it");
    Path results = target.resolve("results");
    try (RunStore store = RunStore.open(results, SampleRun.CLOCK)) {
      SampleRun.write(store);
      Files.writeString(target.resolve("export.json"), RunExport.of(store, SampleRun.RUN).toJson());
    }
    // the WAL is checkpointed on close; leave only the database file itself
    Files.deleteIfExists(results.resolve(RunStore.INDEX_FILE + "-wal"));
    Files.deleteIfExists(results.resolve(RunStore.INDEX_FILE + "-shm"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
