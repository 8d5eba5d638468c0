package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against real ZooKeeper: one fresh trace per scenario, recorded now from real
 * QuorumPeers and converted to the contract, is explained by the reference spec, which scores 100% on
 * all four phases (real SANY and TLC), and every mutant loses where the task says it does. This is
 * {@code sysmobench task check zookeeper-fle --record 4} as a test.
 */
class ZooKeeperFleTaskTest extends TracedTaskTests {
  @TempDir Path work;

  @Override
  protected String taskId() {
    return "zookeeper-fle";
  }

  @Test
  void freshTracesOfEveryScenarioAreExplainedByTheReferenceAndMutantsLose() throws Exception {
    Path fresh = work.resolve("fresh");
    TraceRecorder recorder = new ZooKeeperTraceRecorder();
    // Callers choosing a count for the user (the default benchmark) record one trace per scenario.
    assertThat(recorder.scenarios()).isEqualTo(Scenario.values().length);
    TraceRecorder.Recording r = recorder.record(fresh, recorder.scenarios(), SEED);
    assertThat(r.traces()).hasSize(Scenario.values().length);
    assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve("manifest.json")).isRegularFile();
    for (Path t : r.traces()) {
      assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve(t.getFileName())).isRegularFile();
    }
    assertSound(task().withTraceFolder(fresh));
  }
}
