package org.sysmobench.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.TaskCatalog;

class TaskSourceTest {
  @TempDir Path tmp;

  @Test
  void recordedTracesOfARunReplaceTheCommittedOnesOnlyForTasksThatHaveThem() throws Exception {
    Path systems = Files.createDirectories(tmp.resolve("systems"));
    Files.createSymbolicLink(systems.resolve("toy-lock"),
        Path.of("../check/src/test/resources/tasks/toy-lock").toAbsolutePath().normalize());
    TaskSource base = TaskSource.of(new TaskCatalog(systems));
    Path recorded = tmp.resolve("run/traces");
    TaskId toy = TaskId.of("toy-lock");

    assertThat(TaskSource.withRecordedTraces(base, recorded).load(toy).traces().folder())
        .isEqualTo(base.load(toy).traces().folder());
    Files.createDirectories(recorded.resolve("toy-lock"));
    assertThat(TaskSource.withRecordedTraces(base, recorded).load(toy).traces().folder())
        .isEqualTo(recorded.resolve("toy-lock").toAbsolutePath().normalize());
  }
}
