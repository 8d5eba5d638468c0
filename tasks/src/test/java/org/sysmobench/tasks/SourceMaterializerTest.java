package org.sysmobench.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceMaterializerTest {
  private static final String CONTENT = "class Election {}\n";
  private static final String CONTENT_SHA = "2796f358a84fa49f65bdc964b8a1790bb43578d9c3b91b40c0e91cf51024f662";

  @TempDir Path tmp;

  @Test
  void takesPinnedFilesFromASourcesJarInTheLocalRepositoryAndVerifiesThem() throws IOException {
    Path repo = tmp.resolve("repo");
    writeSourcesJar(repo.resolve("org/example/sys/1.0/sys-1.0-sources.jar"), "org/example/Election.java", CONTENT);
    String sha = SourceMaterializer.sha256(write(tmp.resolve("probe"), CONTENT));
    Task task = taskWith(new SourceOrigin.MavenSources("org.example", "sys", "1.0",
        List.of(new PinnedFile("org/example/Election.java", sha))));
    // An unreachable remote proves the local repository was used.
    SourceMaterializer m = new SourceMaterializer(tmp.resolve("cache"), repo, "http://127.0.0.1:9/none");

    List<SourceFile> files = m.materialize(task);

    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("org/example/Election.java");
      assertThat(Files.readString(f.cached())).isEqualTo(CONTENT);
      assertThat(f.cached()).startsWith(tmp.resolve("cache").resolve("sources").resolve(sha));
    });
    assertThat(m.isComplete(task)).isTrue();
  }

  @Test
  void aHashMismatchIsAClearErrorAndNothingIsCached() throws IOException {
    Path folder = tmp.resolve("src");
    write(folder.resolve("Election.java"), CONTENT + "// changed\n");
    Task task = taskWith(new SourceOrigin.Local(folder.toString(), List.of(new PinnedFile("Election.java", CONTENT_SHA))));
    SourceMaterializer m = new SourceMaterializer(tmp.resolve("cache"), tmp.resolve("repo"), "http://127.0.0.1:9");

    assertThatThrownBy(() -> m.materialize(task))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("hash mismatch for Election.java from local " + folder)
        .hasMessageContaining("expected sha256 " + CONTENT_SHA);
    assertThat(m.isComplete(task)).isFalse();
  }

  @Test
  void aCorruptedCacheEntryIsFetchedAgain() throws IOException {
    Path folder = tmp.resolve("src");
    Path original = write(folder.resolve("Election.java"), CONTENT);
    String sha = SourceMaterializer.sha256(original);
    Task task = taskWith(new SourceOrigin.Local(folder.toString(), List.of(new PinnedFile("Election.java", sha))));
    SourceMaterializer m = new SourceMaterializer(tmp.resolve("cache"), tmp.resolve("repo"), "http://127.0.0.1:9");
    Path cached = m.materialize(task).get(0).cached();
    Files.writeString(cached, "tampered");

    assertThat(m.isComplete(task)).isFalse();
    assertThat(Files.readString(m.materialize(task).get(0).cached())).isEqualTo(CONTENT);
  }

  @Test
  void aPathIntoAnArchiveOfTheOriginTakesTheEntry() throws IOException {
    Path folder = tmp.resolve("pkg");
    writeSourcesJar(folder.resolve("lib/src.zip"), "java.base/java/util/Election.java", CONTENT);
    Task task = taskWith(new SourceOrigin.Local(folder.toString(),
        List.of(new PinnedFile("lib/src.zip!/java.base/java/util/Election.java", CONTENT_SHA))));
    SourceMaterializer m = new SourceMaterializer(tmp.resolve("cache"), tmp.resolve("repo"), "http://127.0.0.1:9");

    SourceFile f = m.materialize(task).get(0);

    assertThat(f.cached().getFileName().toString()).isEqualTo("Election.java");
    assertThat(Files.readString(f.cached())).isEqualTo(CONTENT);
    Task missing = taskWith(new SourceOrigin.Local(folder.toString(),
        List.of(new PinnedFile("lib/src.zip!/java.base/Nope.java", CONTENT_SHA))));
    assertThatThrownBy(() -> m.materialize(missing)).hasMessageContaining("lib/src.zip has no entry java.base/Nope.java");
  }

  @Test
  void anUnreachableRepositoryNamesWhatFailed() {
    Task task = taskWith(new SourceOrigin.MavenSources("org.example", "absent", "9.9",
        List.of(new PinnedFile("A.java", CONTENT_SHA))));
    SourceMaterializer m = new SourceMaterializer(tmp.resolve("cache"), tmp.resolve("repo"), "http://127.0.0.1:9/maven2");

    assertThatThrownBy(() -> m.materialize(task))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("http://127.0.0.1:9/maven2/org/example/absent/9.9/absent-9.9-sources.jar");
  }

  private Task taskWith(SourceOrigin origin) {
    Task good = TaskLoader.load(Path.of("src/test/resources/packages/good-task"));
    return new Task(good.id(), good.title(), good.kind(), good.language(), good.folder(), good.spec(), good.budgets(),
        List.of(origin), good.brief(), good.contract(), good.invariants(), good.reference(), good.traces(), true);
  }

  private static Path write(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private static void writeSourcesJar(Path jar, String entry, String content) throws IOException {
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }
}
