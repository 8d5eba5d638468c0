package org.sysmobench.systems.jdk.rwlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.systems.kit.RecordingManifest;

/**
 * The task is sound against the real JDK: traces recorded now, from the real ReentrantReadWriteLock under the
 * real agent, are explained by the reference spec (100% on every phase, real SANY and TLC), and every
 * mutant loses where the task says it does. The committed traces are checked against the reference.
 */
class ReadWriteLockTaskTest extends TracedTaskTests {
  @TempDir Path work;

  @Override
  protected String taskId() {
    return "jdk-rwlock";
  }

  @Test
  void freshTracesCoverEveryActionAndTheTaskIsSoundOnThem() throws Exception {
    Path fresh = work.resolve("fresh");
    RecordingManifest m = new ReadWriteLockRecorder().recordWithManifest(fresh, 4, SEED);
    assertThat(m.traces()).hasSize(4);
    assertThat(m.coverage()).allSatisfy((action, n) -> assertThat(n).as(action).isPositive());
    assertSound(task().withTraceFolder(fresh));
    try (var left = java.nio.file.Files.list(fresh)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .allMatch(f -> f.endsWith(".ndjson") || f.equals("manifest.json") || f.equals("instrumentation.yaml"));
    }
  }
}
