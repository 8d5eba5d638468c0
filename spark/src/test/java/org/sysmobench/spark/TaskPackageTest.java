package org.sysmobench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;

/** A task package travels as bytes named by their hash and comes back as the same task, traces included. */
class TaskPackageTest {
  @TempDir Path dir;

  @Test
  void aPackageUnpacksToTheSameTaskWithTheSameLearningAndScoringTraces() throws Exception {
    Task task = new TaskCatalog(MatrixRig.SYSTEMS).load(MatrixRig.REENTRANT_LOCK);
    TaskPackage pkg = TaskPackage.of(task);
    assertThat(TaskPackage.of(task).sha256()).as("the same package gives the same bytes").isEqualTo(pkg.sha256());

    Task back = pkg.unpackUnder(dir.resolve("executor"));
    assertThat(back.folder()).isNotEqualTo(task.folder()).startsWith(dir.resolve("executor").resolve(pkg.sha256()));
    assertThat(back.contract()).isEqualTo(task.contract());
    assertThat(back.invariants()).isEqualTo(task.invariants());
    assertThat(back.spec()).isEqualTo(task.spec());
    assertThat(names(back.traces().learningFiles())).isEqualTo(names(task.traces().learningFiles())).isNotEmpty();
    assertThat(names(back.traces().scoringFiles())).isEqualTo(names(task.traces().scoringFiles())).isNotEmpty();
    for (Path p : back.traces().files()) {
      assertThat(p).hasSameBinaryContentAs(task.traces().folder().resolve(p.getFileName()));
    }
    assertThat(back.reference().spec()).hasSameTextualContentAs(task.reference().spec());
    assertThat(pkg.unpackUnder(dir.resolve("executor"))).as("unpacked once, read again").isEqualTo(back);
  }

  @Test
  void tracesRecordedAfreshOutsideThePackageTravelToo() throws Exception {
    Task committed = new TaskCatalog(MatrixRig.SYSTEMS).load(MatrixRig.REENTRANT_LOCK);
    Path fresh = Files.createDirectories(dir.resolve("run/traces/jdk-reentrantlock"));
    Path only = committed.traces().scoringFiles().get(0);
    Files.copy(only, fresh.resolve("fresh-0.ndjson"));
    Task task = committed.withTraceFolder(fresh);

    Task back = TaskPackage.of(task).unpackUnder(dir.resolve("executor"));
    assertThat(names(back.traces().scoringFiles())).containsExactly("fresh-0.ndjson");
    assertThat(back.traces().scoringFiles().get(0)).hasSameBinaryContentAs(only);
    assertThat(names(back.traces().learningFiles())).isEqualTo(names(committed.traces().learningFiles()));
  }

  @Test
  void damagedBytesAreRefusedBeforeAnythingIsUnpacked() {
    Task task = new TaskCatalog(MatrixRig.FIXTURES).load(MatrixRig.TOY_LOCK);
    TaskPackage pkg = TaskPackage.of(task);
    byte[] damaged = pkg.archive().clone();
    damaged[damaged.length / 2] ^= 1;
    TaskPackage arrived = new TaskPackage(pkg.taskId(), pkg.sha256(), damaged);
    assertThatThrownBy(() -> arrived.unpackUnder(dir.resolve("executor")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("arrived damaged");
    assertThat(dir.resolve("executor")).doesNotExist();
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(p -> p.getFileName().toString()).toList();
  }
}
