package org.sysmobench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tasks.TaskCatalog;

class DefaultPlanTest {
  @TempDir Path tmp;

  @Test
  void takesDefaultTasksWithTracesAndTheirReferenceAndMutantsAsModels() throws Exception {
    Path systems = Files.createDirectories(tmp.resolve("systems"));
    Files.createSymbolicLink(systems.resolve("toy-lock"),
        Path.of("../check/src/test/resources/tasks/toy-lock").toAbsolutePath().normalize());
    DefaultPlan plan = DefaultPlan.of(new TaskCatalog(systems));
    assertThat(plan.tasks()).containsExactly("toy-lock");
    assertThat(plan.models()).containsExactly("reference", "mutant:no-exclusion", "mutant:weak-fairness",
        "mutant:release-keeps-lock", "mutant:release-divides-by-zero", "mutant:unclosed-paren");
  }

  @Test
  void aCatalogWithoutTracedTasksIsAClearError() throws Exception {
    Path systems = Files.createDirectories(tmp.resolve("empty/systems"));
    assertThatThrownBy(() -> DefaultPlan.of(new TaskCatalog(systems)))
        .hasMessageContaining("no task of the default set has recorded traces");
  }
}
