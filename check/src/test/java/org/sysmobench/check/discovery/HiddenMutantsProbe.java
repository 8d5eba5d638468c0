package org.sysmobench.check.discovery;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.TaskLoader;

@Tag("tlc")
class HiddenMutantsProbe {
  @Test
  void probe() {
    TaskTestKit kit = TaskTestKit.shared();
    for (String t : System.getProperty("probe.tasks", "../systems/jdk-reentrantlock").split(",")) {
      long start = System.nanoTime();
      var r = new HiddenMutantCheck(kit.engine().sany(), kit.engine().pool()).check(TaskLoader.load(Path.of(t)),
          kit.newFolder("probe"));
      System.out.println(t + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)\n" + r.explain());
    }
  }
}
