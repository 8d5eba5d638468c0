package org.sysmobench.tla.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale folders are told apart from live ones with real processes: a dead owner's folder goes, so does
 * the folder of a pid that now runs another program, while a live owner's folder stays.
 */
class ScratchFolderTest {
  private static final String PREFIX = "sysmobench-test";

  @TempDir Path parent;

  @Test
  void startUpRemovesTheFoldersOfDeadOwnersAndKeepsLiveOnes() throws Exception {
    // A process that ran and exited: its pid is free.
    Process gone = new ProcessBuilder(javaBin(), "-version").redirectErrorStream(true).start();
    gone.getInputStream().readAllBytes();
    assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path dead = Files.createDirectories(parent.resolve(PREFIX + "-p" + gone.pid() + "-1"));
    Files.writeString(dead.resolve("state.bin"), "left by a killed run");
    Files.createDirectories(dead.resolve("meta/deep"));
    // another kind of our folders, left by a killed `eval`: removed as well
    Path deadEval = Files.createDirectories(parent.resolve("sysmobench-eval-p" + gone.pid() + "-7"));

    // A live process that does not own the folder (the pid was reused): no one holds the lock.
    Process other = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        HoldScratchFolder.class.getName(), parent.resolve("elsewhere").toString(), "unrelated").start();
    Path live;
    Process owner = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        HoldScratchFolder.class.getName(), parent.toString(), PREFIX).start();
    try {
      new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
      Path reused = Files.createDirectories(parent.resolve(PREFIX + "-p" + other.pid() + "-2"));
      Files.writeString(reused.resolve(ScratchFolder.LOCK_FILE), "");
      live = Path.of(new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))
          .readLine());
      Path unrelated = Files.createDirectories(parent.resolve("other-p1-3"));

      try (ScratchFolder mine = ScratchFolder.create(parent, PREFIX)) {
        assertThat(dead).doesNotExist();
        assertThat(deadEval).doesNotExist();
        assertThat(reused).doesNotExist();
        assertThat(live).as("a live owner's folder").isDirectory();
        assertThat(unrelated).as("another prefix").isDirectory();
        assertThat(mine.path()).isDirectory().hasParent(parent);
        assertThat(mine.path().getFileName().toString()).startsWith(PREFIX + "-p" + ProcessHandle.current().pid() + "-");
        // our own folder is never judged, even though our pid is alive and its lock is ours
        assertThat(ScratchFolder.removeStale(parent, PREFIX)).isZero();
        assertThat(mine.path()).isDirectory();
      }
      assertThat(Files.list(parent).map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder(live.getFileName().toString(), "other-p1-3", "elsewhere");
    } finally {
      owner.getOutputStream().close();
      other.getOutputStream().close();
      assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(live).as("its owner deleted it on close").doesNotExist();
  }

  @Test
  void aFolderThatCannotBeCreatedIsNamedWithItsCause() throws Exception {
    Path file = Files.writeString(parent.resolve("a-file"), "not a folder");
    assertThatThrownBy(() -> ScratchFolder.create(file, PREFIX)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot create a temp folder in " + file);
    assertThat(List.of(ScratchFolder.describe(new java.nio.file.AccessDeniedException("/x")),
        ScratchFolder.describe(new java.io.IOException("No space left on device"))))
        .containsExactly("Permission denied", "No space left on device");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
