package org.sysmobench.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.TaskLoader;

/**
 * The toy lock's invariants track is sound: the reference keeps every template and the type invariant,
 * and each hidden mutant keeps the type invariant and breaks exactly the templates it declares (what the
 * scorer relies on to relate liveness properties to templates). A system task's are checked by {@code
 * sysmobench task check T}, or here with {@code -Dhidden.task=../systems/T} (about a minute each).
 */
@Tag("tlc")
class HiddenMutantCheckTest {
  static final TaskTestKit kit = TaskTestKit.shared();

  @Test
  void everyHiddenMutantBreaksExactlyWhatItDeclares() {
    HiddenMutantCheck.Report r = new HiddenMutantCheck(kit.engine().sany(), kit.engine().pool())
        .check(TaskLoader.load(Path.of(System.getProperty("hidden.task", "src/test/resources/tasks/toy-lock"))),
            kit.newFolder("hidden"));
    assertThat(r.ok()).as(r.explain()).isTrue();
    assertThat(r.specs()).extracting(HiddenMutantCheck.SpecVerdict::name).startsWith("reference");
  }
}
