package org.sysmobench.agents.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;

class AnswerExtractorTest {
  static final Task TASK = TaskLoader.load(Path.of("..", "check", "src", "test", "resources", "tasks", "toy-lock"));
  static final String MODULE = "---- MODULE ToyLock ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\nSpec == Init\n====\n";
  final AnswerExtractor extractor = new AnswerExtractor();

  @Test
  void bareModuleNeedsNoNotesButACfg() {
    ExtractedAnswer a = extractor.extract(MODULE, "", TASK);
    assertThat(a.specText()).isEqualTo(MODULE);
    assertThat(a.problem()).isEmpty();
    assertThat(a.cfgFromTask()).isTrue();
    assertThat(a.notes()).singleElement().asString().contains("built one from the task");
  }

  @Test
  void untaggedFenceThatReadsLikeACfgIsTheCfg() {
    ExtractedAnswer a = extractor.extract("```\n" + MODULE + "```\n\n```\nINIT Init\nNEXT Next\n```\n", "", TASK);
    assertThat(a.specText()).isEqualTo(MODULE);
    assertThat(a.cfgText()).isEqualTo("INIT Init\nNEXT Next\n");
    assertThat(a.cfgFromTask()).isFalse();
  }

  @Test
  void bareJsonWithConfigurationField() {
    String json = "{\"specification\": \"" + MODULE.replace("\n", "\\n") + "\", \"configuration\": \"SPECIFICATION Spec\"}";
    ExtractedAnswer a = extractor.extract(json, "", TASK);
    assertThat(a.specText()).isEqualTo(MODULE);
    assertThat(a.cfgText()).isEqualTo("SPECIFICATION Spec\n");
  }

  @Test
  void truncatedAfterACompleteModuleKeepsTheModule() {
    ExtractedAnswer a = extractor.extract(MODULE + "\nNow the config:\n```cfg\nSPECIF", "the answer was cut off", TASK);
    assertThat(a.specText()).isEqualTo(MODULE);
    assertThat(a.problem()).isEmpty();
    assertThat(a.notes()).anyMatch(n -> n.contains("the module itself is complete"));
  }

  @Test
  void taskConfigListsConstantsInOrder() {
    assertThat(TaskConfig.of(TASK)).isEqualTo("SPECIFICATION Spec\nCONSTANTS\n  Threads = {\"t1\", \"t2\"}\n");
  }
}
