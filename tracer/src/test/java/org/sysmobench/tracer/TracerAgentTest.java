package org.sysmobench.tracer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/** Runs fixture programs in child JVMs under the real agent and checks the exact trace. */
class TracerAgentTest {
  @TempDir static Path shared;
  @TempDir Path dir;
  static Path agent;

  @BeforeAll
  static void buildAgent() throws IOException {
    agent = ChildJvm.agentJar(shared);
  }

  private static Path resource(String name) {
    return Path.of("src/test/resources", name).toAbsolutePath();
  }

  @Test
  void recordsEntriesExitsCallSitesAndPrivateFieldsExactly() throws Exception {
    Path out = dir.resolve("node.ndjson");
    ChildJvm.Result r = ChildJvm.run(agent, "config=" + resource("node.yaml") + ",out=" + out + ",meta.seed=42", "org.sysmobench.tracer.fixture.Node");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("sysmobench-tracer");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("{\"schema\":\"sysmobench-trace\",\"version\":1,\"meta\":{\"system\":\"fixture\",\"seed\":\"42\",\"tracer\":\"sysmobench-tracer\",\"instrumentation\":\"node.yaml\"}}");
    assertThat(lines.subList(1, lines.size())).containsExactly(
        "{\"seq\":1,\"node\":\"1\",\"event\":\"SetState\",\"state\":\"FOLLOWING\"}",
        "{\"seq\":2,\"node\":\"1\",\"event\":\"Send\",\"to\":2,\"payload\":4294967303,\"epoch\":1,\"counter\":7,\"hex\":\"0x100000007\"}",
        "{\"seq\":3,\"node\":\"1\",\"event\":\"Send\",\"to\":2,\"payload\":\"1152921504606846981\",\"epoch\":268435456,\"counter\":5,\"hex\":\"0x1000000000000005\"}",
        "{\"seq\":4,\"node\":\"2\",\"event\":\"Receive\",\"from\":1,\"payload\":4294967303,\"queued\":1}",
        "{\"seq\":5,\"node\":\"2\",\"event\":\"Receive\",\"from\":1,\"payload\":\"1152921504606846981\",\"queued\":0}",
        "{\"seq\":6,\"node\":\"2\",\"event\":\"Drained\",\"count\":2,\"last\":\"1152921504606846981\"}",
        "{\"seq\":7,\"node\":\"2\",\"event\":\"Requeue\",\"payload\":77,\"queued\":1}",
        "{\"seq\":8,\"node\":\"2\",\"event\":\"Failed\",\"threw\":\"java.lang.IllegalStateException\"}",
        "{\"seq\":9,\"node\":\"2\",\"event\":\"Tick\",\"n\":5}");
    Trace trace = TraceReader.any().read(out);
    assertThat(trace.events().get(2).longField("payload")).isEqualTo((1L << 60) + 5);
  }

  @Test
  void tracesJdkReentrantLockFromThreeThreadsInMutualExclusionOrder() throws Exception {
    Path out = dir.resolve("lock.ndjson");
    int rounds = 200;
    ChildJvm.Result r = ChildJvm.run(agent, "config=" + resource("lock.yaml") + ",out=" + out, "org.sysmobench.tracer.fixture.LockContention", String.valueOf(rounds));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("sysmobench-tracer");
    List<TraceEvent> events = TraceReader.any().read(out).events();
    // Each thread: lock, lock (re-entrant), unlock, unlock per round.
    assertThat(events).hasSize(3 * rounds * 4);
    assertThat(events.stream().map(TraceEvent::node).distinct()).containsExactlyInAnyOrder("T0", "T1", "T2");
    assertThat(events.stream().map(e -> e.longField("lock")).distinct()).hasSize(1);
    String owner = null;
    long holds = 0;
    Map<String, Integer> acquisitions = new HashMap<>();
    for (TraceEvent e : events) {
      if (e.event().equals("Lock")) {
        assertThat(owner).as("seq %d: %s locks while %s holds the lock", e.seq(), e.node(), owner).isIn(null, e.node());
        owner = e.node();
        holds++;
        assertThat(e.longField("holds")).as("seq %d", e.seq()).isEqualTo(holds);
        assertThat(e.longField("state")).as("private AQS state, seq %d", e.seq()).isEqualTo(holds);
        acquisitions.merge(e.node(), 1, Integer::sum);
      } else {
        assertThat(e.event()).isEqualTo("Unlock");
        assertThat(owner).as("seq %d: %s unlocks a lock it does not hold", e.seq(), e.node()).isEqualTo(e.node());
        assertThat(e.longField("holds")).as("seq %d", e.seq()).isEqualTo(holds);
        holds--;
        if (holds == 0) {
          owner = null;
        }
      }
    }
    assertThat(owner).isNull();
    assertThat(acquisitions).containsOnly(Map.entry("T0", 2 * rounds), Map.entry("T1", 2 * rounds), Map.entry("T2", 2 * rounds));
  }

  @Test
  void anInvalidInstrumentationFileStopsTheJvmWithTheEntryNamed() throws Exception {
    Path plan = dir.resolve("bad.yaml");
    Files.writeString(plan, Files.readString(resource("node.yaml")).replace("capture: {state", "captur: {state"));
    Path out = dir.resolve("bad.ndjson");
    ChildJvm.Result r = ChildJvm.run(agent, "config=" + plan + ",out=" + out, "org.sysmobench.tracer.fixture.Node");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr()).contains("sysmobench-tracer: " + plan + ": classes[0].methods[0]: unknown key 'captur' (allowed: arity, at, bindThreadNode, capture, event, method, node, onThrow, when)");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingAgentArgumentsAreExplained() throws Exception {
    ChildJvm.Result r = ChildJvm.run(agent, "config=" + resource("node.yaml"), "org.sysmobench.tracer.fixture.Node");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr()).contains("sysmobench-tracer: agent argument 'out' (the trace file) is required");
  }

  @Test
  void aProbeOnAMissingMethodOrFieldIsReportedAndTheRestStillRecords() throws Exception {
    Path plan = dir.resolve("typo.yaml");
    Files.writeString(plan, Files.readString(resource("node.yaml"))
        .replace("method: deliver\n", "method: deliverr\n")
        .replace("last: this.lastPayload", "last: this.lastPayloadd"));
    Path out = dir.resolve("typo.ndjson");
    ChildJvm.Result r = ChildJvm.run(agent, "config=" + plan + ",out=" + out, "org.sysmobench.tracer.fixture.Node");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr())
        .contains("sysmobench-tracer: ERROR probe #1 (event Send): class org.sysmobench.tracer.fixture.Node declares no non-abstract method deliverr")
        .contains("org.sysmobench.tracer.fixture.Node has no field 'lastPayloadd'")
        .contains("WARNING probe #1");
    List<TraceEvent> events = TraceReader.any().read(out).events();
    assertThat(events.stream().map(TraceEvent::event)).containsExactly("SetState", "Receive", "Receive", "Drained", "Requeue", "Failed", "Tick");
    assertThat(events.get(3).fields()).containsOnlyKeys("count");
  }
}
