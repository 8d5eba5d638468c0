package org.sysmobench.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.TaskId;

/**
 * Every shipped task pins its sources exactly: a git origin by a full 40-hex commit (an abbreviation
 * can become ambiguous, and only a full id can be fetched by itself), every file by a 64-hex SHA-256.
 * Whether the commit exists needs the network; {@code asterinas-rwmutex} once named one that does not.
 */
class SourcePinsTest {
  private static final Path SYSTEMS = Path.of("../systems");

  @Test
  void everyGitPinIsAFullCommitAndEveryFileAFullSha256() {
    TaskCatalog catalog = new TaskCatalog(SYSTEMS);
    List<TaskId> ids = catalog.ids();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
    List<String> checked = new ArrayList<>();
    for (TaskId id : ids) {
      Task task = catalog.load(id);
      for (SourceOrigin origin : task.sources()) {
        if (origin instanceof SourceOrigin.Git git) {
          assertThat(git.commit()).as(id + ": commit of " + git.url()).matches("[0-9a-f]{40}");
          checked.add(id.value());
        }
        assertThat(origin.files()).as(id + ": " + origin.describe()).isNotEmpty()
            .allSatisfy(f -> assertThat(f.sha256()).as(id + ": " + f.path()).matches("[0-9a-f]{64}"));
      }
    }
    assertThat(checked).as("tasks with git origins").contains("asterinas-rwmutex");
  }

  @Test
  void asterinasRwmutexIsPinnedToACommitOfTheRepositorysMainLine() {
    // Checked against a clone: ostd/src/sync/rwmutex.rs has this SHA-256 at bebfc360 (on main, "Fix
    // lost-wakeup in RwMutexUpgradeableGuard_.drop()") and at c76e92a8 (the same change before it was
    // rebased); the commit pinned before, 288dfd10, is not in the repository.
    Task task = new TaskCatalog(SYSTEMS).load(TaskId.of("asterinas-rwmutex"));
    assertThat(task.sources()).singleElement().isInstanceOfSatisfying(SourceOrigin.Git.class, git -> {
      assertThat(git.commit()).isEqualTo("bebfc360da574a08a742b2f974618d14ea00ad13");
      assertThat(git.files()).singleElement().isEqualTo(new PinnedFile("ostd/src/sync/rwmutex.rs",
          "ba7b6ee90840dc6c2199aa3e854622cb0272c224f4810108201015951b434c4f"));
    });
  }
}
