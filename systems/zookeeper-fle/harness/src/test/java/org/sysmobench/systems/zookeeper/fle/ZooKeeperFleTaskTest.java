package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.systems.zookeeper.fle.contract.ContractConverter;
import org.sysmobench.check.kit.TracedTaskTests;
import org.sysmobench.trace.TraceRecorder;

/**
 * The task is sound against real ZooKeeper: one fresh trace per scenario, recorded now from real
 * QuorumPeers and converted to the contract, is explained by the reference spec, which scores 100% on
 * all four phases (real SANY and TLC), and every mutant loses where the task says it does. This is
 * {@code sysmobench task check zookeeper-fle --record 6} as a test; the rest is {@link TracedTaskTests}.
 */
class ZooKeeperFleTaskTest extends TracedTaskTests {
  @Override
  protected String taskId() {
    return "zookeeper-fle";
  }

  /**
   * The reference explains real recordings of races between ZooKeeper's threads (answers recorded late
   * or torn, a step finished after the shutdown began, a cleared proposal sent while shutting down; see
   * ContractConverterTest): fresh recordings hit
   * them now and then, so each is pinned by one.
   */
  @Test
  void recordedRacesAreExplained() throws Exception {
    Path traces = work.resolve("races");
    List<Path> raw;
    try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "races"))) {
      raw = s.sorted().toList();
    }
    assertThat(raw).hasSize(5);
    for (int i = 0; i < raw.size(); i++) {
      ContractConverter.convert(raw.get(i), traces.resolve(String.format("%03d-race.ndjson", i)),
          "raw/" + raw.get(i).getFileName());
    }
    PhaseResult conformance = kit.referencePhase(task().withTraceFolder(traces), Phase.CONFORMANCE);
    assertThat(conformance.score()).as("%s", conformance.findings()).isEqualTo(1.0);
  }

  /** One trace per scenario, each with its raw original (and the raw manifest) kept beside it. */
  @Override
  protected void checkFresh(TraceRecorder.Recording r, Path fresh) {
    assertThat(recorder().scenarios()).isEqualTo(Scenario.values().length);
    assertThat(r.traces()).hasSize(Scenario.values().length);
    assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve("manifest.json")).isRegularFile();
    for (Path t : r.traces()) {
      assertThat(fresh.resolve(ZooKeeperTraceRecorder.RAW).resolve(t.getFileName())).isRegularFile();
    }
  }
}
