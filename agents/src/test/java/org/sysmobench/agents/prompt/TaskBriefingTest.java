package org.sysmobench.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

class TaskBriefingTest {
  static final Path ZOOKEEPER = Path.of("../systems/zookeeper-fle").toAbsolutePath().normalize();

  /** Several constants line up in the prompt: none loses an indent the others keep. */
  @Test
  void everyConstantLineOfThePromptIsAlignedTheSame() {
    Task task = TaskLoader.load(ZOOKEEPER);
    String template = new Prompts().templates().stream().filter(t -> t.placeholders().contains("constants"))
        .findFirst().orElseThrow().body();
    assertThat(template).as("the block starts a line of its own").contains("\n{{constants}}\n");
    List<String> lines = TaskBriefing.constants(task).lines().toList();

    assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l).matches("[A-Za-z]\\w* = .+"));
    assertThat(lines).contains("Nodes = {1, 2}", "MaxEpoch = 1");
  }
}
