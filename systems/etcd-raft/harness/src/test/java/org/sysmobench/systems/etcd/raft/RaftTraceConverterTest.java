package org.sysmobench.systems.etcd.raft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/**
 * The converter maps each kind of driver event to its contract action with the message's fields, and
 * refuses what it cannot map; the committed traces are exactly what it makes of the committed raw output.
 */
class RaftTraceConverterTest {
  private static final Path TRACES = Path.of("..", "traces");
  private static final String HEADER = "{\"driver\":\"sysmobench-etcd-raft-driver\",\"seed\":1,\"scenario\":\"x\",\"nodes\":3}";
  private static final String OK_END = "{\"end\":true,\"ok\":true,\"reason\":\"\",\"rounds\":9,\"events\":3,\"crashes\":0,\"proposals\":0}";

  static DriverLog log(String end, String... events) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(events));
    lines.add(end);
    return DriverLog.parse(lines);
  }

  static String event(int seq, int node, String input, String msg, String sent, String state, int term, String logTerms) {
    return "{\"seq\":" + seq + ",\"round\":1,\"node\":" + node + ",\"input\":\"" + input + "\""
        + (msg.isEmpty() ? "" : ",\"msg\":" + msg) + ",\"sent\":[" + sent + "],\"applied\":0,"
        + "\"status\":{\"state\":\"" + state + "\",\"term\":" + term + ",\"vote\":0,\"lead\":0,\"commit\":0},"
        + "\"log\":[" + logTerms + "]}";
  }

  @Test
  void eachInputBecomesItsActionWithTheMessageFieldsAndTheNodesState() {
    RaftTraceConverter.Conversion c = new RaftTraceConverter().convert(log(OK_END,
        event(1, 1, "tick", "", "{\"type\":\"MsgPreVote\",\"from\":1,\"to\":2,\"term\":1}", "StatePreCandidate", 0, ""),
        event(2, 2, "step", "{\"type\":\"MsgApp\",\"from\":1,\"to\":2,\"term\":2,\"index\":1,\"logTerm\":1,"
            + "\"entries\":[2,2],\"commit\":1}", "{\"type\":\"MsgAppResp\",\"from\":2,\"to\":1,\"term\":2,\"index\":3}",
            "StateFollower", 2, "1,2,2"),
        event(3, 1, "step", "{\"type\":\"MsgAppResp\",\"from\":2,\"to\":1,\"term\":2,\"index\":3,\"reject\":true,"
            + "\"rejectHint\":1,\"logTerm\":1}", "", "StateLeader", 2, "1,2,2")), 3);
    List<ContractEvent> out = c.events();
    assertThat(out).extracting(ContractEvent::action).containsExactly("Timeout", "HandleAppend", "HandleAppendResponse");
    assertThat(out.get(1).args()).containsExactly(Map.entry("i", 2L), Map.entry("j", 1L), Map.entry("mterm", 2L),
        Map.entry("mindex", 1L), Map.entry("mlogTerm", 1L), Map.entry("mentries", List.of(2L, 2L)),
        Map.entry("mcommit", 1L));
    assertThat(out.get(1).state()).containsEntry("up", true).containsEntry("state", "Follower")
        .containsEntry("term", 2L).containsEntry("log", List.of(1L, 2L, 2L));
    assertThat(out.get(2).args()).containsEntry("mreject", true).containsEntry("mhint", 1L).containsEntry("mlogTerm", 1L);
    // Bounds high enough for the trace (a node campaigns only below MaxTerm), rounded up so that traces share them.
    assertThat(c.constants()).containsEntry("Nodes", "{1, 2, 3}").containsEntry("MaxTerm", "5")
        .containsEntry("MaxLogLen", "10").containsEntry("MaxCrashes", "2").containsEntry("MaxHeartbeats", "10");
    assertThat(List.of(RaftTraceConverter.roundUp(0, 5), RaftTraceConverter.roundUp(5, 5), RaftTraceConverter.roundUp(6, 5)))
        .containsExactly(5L, 5L, 10L);
  }

  @Test
  void aTickThatDidSomethingElseIsRefused() {
    assertThatThrownBy(() -> new RaftTraceConverter().convert(log(OK_END,
        event(1, 1, "tick", "", "{\"type\":\"MsgVote\",\"from\":1,\"to\":2,\"term\":1}", "StateCandidate", 1, "")), 3))
        .isInstanceOf(RecordingFailedException.class)
        .hasMessage("event seq 1 (node 1, tick): a tick left the node StateCandidate after sending [MsgVote];"
            + " only election timeouts and heartbeats are mapped");
  }

  @Test
  void aMessageKindOutsideTheTaskIsRefused() {
    assertThatThrownBy(() -> new RaftTraceConverter().convert(log(OK_END,
        event(1, 2, "step", "{\"type\":\"MsgSnap\",\"from\":1,\"to\":2,\"term\":1}", "", "StateFollower", 1, "")), 3))
        .isInstanceOf(RecordingFailedException.class).hasMessageContaining("message kind MsgSnap is outside this task");
  }

  @Test
  void aScenarioThatMissedItsGoalIsRefusedWithTheDriversReason() {
    String end = "{\"end\":true,\"ok\":false,\"reason\":\"no leader within 120 rounds\",\"rounds\":120}";
    assertThatThrownBy(() -> new RaftTraceConverter().convert(log(end), 3))
        .isInstanceOf(RecordingFailedException.class)
        .hasMessage("the scenario did not reach its goal: no leader within 120 rounds");
  }

  @Test
  void aKilledDriverOrAGarbledLineIsReportedWithItsLine() {
    assertThatThrownBy(() -> DriverLog.parse(List.of(HEADER, event(1, 1, "restart", "", "", "StateFollower", 0, ""))))
        .isInstanceOf(RecordingFailedException.class).hasMessageContaining("without its end line");
    assertThatThrownBy(() -> DriverLog.parse(List.of(HEADER, "{\"seq\":", OK_END)))
        .isInstanceOf(RecordingFailedException.class).hasMessageStartingWith("driver output line 2 is not JSON");
  }

  @Test
  void theCommittedTracesAreWhatTheConverterMakesOfTheCommittedRawOutput() throws IOException {
    List<Path> raws;
    try (Stream<Path> s = Files.list(TRACES.resolve(EtcdRaftRecorder.RAW))) {
      raws = s.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    }
    assertThat(raws).hasSizeGreaterThanOrEqualTo(8);
    for (Path raw : raws) {
      Trace committed = TraceReader.any().read(TRACES.resolve(raw.getFileName()));
      int nodes = ((Number) committed.header().meta().get("nodes")).intValue();
      RaftTraceConverter.Conversion c = new RaftTraceConverter().convert(DriverLog.parse(Files.readAllLines(raw)), nodes);
      assertThat(committed.header().meta().get("constants")).as(raw.toString()).isEqualTo(new LinkedHashMap<>(c.constants()));
      assertThat(committed.events()).as(raw.toString()).hasSameSizeAs(c.events());
      for (int k = 0; k < c.events().size(); k++) {
        TraceEvent e = committed.events().get(k);
        ContractEvent want = c.events().get(k);
        assertThat(List.of(e.node(), e.event(), e.field("args").orElseThrow(), e.field("state").orElseThrow()))
            .as(raw + " event " + (k + 1))
            .isEqualTo(List.of(want.node(), want.action(), want.args(), want.state()));
      }
    }
  }
}
