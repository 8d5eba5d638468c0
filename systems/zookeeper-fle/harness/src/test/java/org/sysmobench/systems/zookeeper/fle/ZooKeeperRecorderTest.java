package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.trace.Json;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceReader;

/**
 * Records one trace of every scenario from real ZooKeeper 3.9.5 peers under the real agent, and checks
 * that the election the trace shows is the one that happened.
 */
@Tag("system")
class ZooKeeperRecorderTest {
  @TempDir static Path out;
  static List<RecordedTrace> traces;
  static Set<Path> tempBefore;
  static Set<Path> tempAfter;

  @BeforeAll
  static void recordOneTraceOfEachScenario() throws Exception {
    tempBefore = zkTempDirs();
    traces = ZooKeeperRecorder.record(out, 4, 20261129L, RecordOptions.defaults());
    tempAfter = zkTempDirs();
  }

  private static Set<Path> zkTempDirs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("sysmobench-zk-")).collect(Collectors.toSet());
    }
  }

  @Test
  void aRefusedTraceIsPlayedAgainFromADerivedSeedAndTheManifestSaysWhy() throws Exception {
    Path dir = Files.createDirectories(out.resolve("refusing"));
    int[] calls = {0};
    List<RecordedTrace> one = ZooKeeperRecorder.record(dir, 1, 7L, RecordOptions.defaults(), raw -> {
      if (calls[0]++ == 0) {
        throw new org.sysmobench.systems.kit.RecordingFailedException("refused for the test");
      }
    });
    assertThat(calls[0]).isEqualTo(2);
    assertThat(one).singleElement().satisfies(t -> {
      assertThat(t.refused()).singleElement().asString().endsWith(": refused for the test");
      assertThat(t.refused().get(0)).startsWith(org.sysmobench.systems.kit.Seeds.mix(7L, 0) + ":");
      assertThat(t.seed()).isNotEqualTo(org.sysmobench.systems.kit.Seeds.mix(7L, 0));
    });
    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("refused for the test");
  }

  @Test
  void writesTheManifestAndOneTraceOfEachScenario() throws IOException {
    // four traces play the first four scenarios in order; the task test records every scenario afresh and
    // holds each to the evidence it must show (ScenarioEvidence)
    assertThat(traces).extracting(RecordedTrace::scenario).containsExactly(Scenario.INITIAL_ELECTION,
        Scenario.LEADER_CRASH, Scenario.PEER_RESTART, Scenario.LATE_JOIN);
    assertThat(traces).extracting(RecordedTrace::file)
        .containsExactly("000-initial-election.ndjson", "001-leader-crash.ndjson", "002-peer-restart.ndjson", "003-late-join.ndjson");
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(out.resolve("manifest.json")).trim());
    assertThat(json).containsEntry("schema", "sysmobench-recording").containsEntry("version", 2L)
        .containsEntry("task", "zookeeper-fle").containsEntry("seed", 20261129L);
    assertThat(json.get("provenance")).isEqualTo(Map.of("zookeeper", "3.9.5", "jdk", System.getProperty("java.version")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json.get("traces");
    assertThat(entries).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(entries.get(i)).containsEntry("file", traces.get(i).file()).containsEntry("seed", traces.get(i).seed())
          .containsEntry("events", traces.get(i).events());
      assertThat((Map<String, Object>) entries.get(i).get("setup")).containsEntry("scenario", traces.get(i).scenario().id())
          .containsEntry("nodes", (long) traces.get(i).scenario().ensembleSize(3)).containsKeys("durationMs", "steps", "threadsOutlivingShutdown");
    }
    assertThat(out.resolve("instrumentation.yaml")).exists();
    for (RecordedTrace t : traces) {
      // The strict reader rejects any event or field the documented vocabulary does not list.
      Trace trace = TraceReader.withVocabulary(FleEventVocabulary.FIELDS).read(out.resolve(t.file()));
      assertThat(trace.events()).hasSize((int) t.events());
      assertThat(trace.header().meta()).containsEntry("scenario", t.scenario().id()).containsEntry("seed", Long.toString(t.seed()));
      assertThat(t.eventCounts().keySet()).contains("ElectionStarted", "UpdateProposal", "SendNotification", "ReceiveNotification",
          "PeerState", "CurrentVote", "ElectionDecided");
    }
  }

  @Test
  void everyRoundHasExactlyOneLeaderAndEveryoneElseFollowsIt() throws IOException {
    for (RecordedTrace t : traces) {
      List<TraceEvent> events = TraceReader.any().read(out.resolve(t.file())).events();
      Map<Long, List<TraceEvent>> decisionsByRound = new HashMap<>();
      Map<String, Boolean> looking = new HashMap<>();
      for (TraceEvent e : events) {
        if (e.event().equals("ElectionStarted")) {
          looking.put(e.node(), true);
        }
        if (e.event().equals("ElectionDecided")) {
          assertThat(looking.get(e.node())).as("%s: node %s decides without having started an election (seq %d)", t.file(), e.node(), e.seq()).isTrue();
          looking.put(e.node(), false);
          decisionsByRound.computeIfAbsent(e.longField("electionEpoch"), k -> new ArrayList<>()).add(e);
          String expected = Long.toString(e.longField("leader")).equals(e.node()) ? "LEADING" : "FOLLOWING";
          assertThat(e.stringField("state")).as("%s seq %d", t.file(), e.seq()).contains(expected);
        }
      }
      assertThat(decisionsByRound).as(t.file()).isNotEmpty();
      for (List<TraceEvent> round : decisionsByRound.values()) {
        assertThat(round.stream().map(e -> e.longField("leader")).distinct()).as("%s: one leader per round", t.file()).hasSize(1);
        long leading = round.stream().filter(e -> e.stringField("state").orElse("").equals("LEADING")).map(TraceEvent::node).distinct().count();
        assertThat(leading).as("%s: at most one LEADING decision per round", t.file()).isLessThanOrEqualTo(1);
      }
      // The decisions the trace shows are the elections the harness saw settle.
      for (Map<String, Object> step : t.steps()) {
        if (step.get("action").equals("settled")) {
          long leader = (Long) step.get("leader");
          assertThat(events).as("%s: leader %d recorded LEADING", t.file(), leader)
              .anyMatch(e -> e.event().equals("PeerState") && e.node().equals(Long.toString(leader)) && e.stringField("state").orElse("").equals("LEADING"));
          for (Object f : (List<?>) step.get("followers")) {
            assertThat(events).as("%s: follower %s decided for %d", t.file(), f, leader).anyMatch(e -> e.event().equals("ElectionDecided")
                && e.node().equals(f.toString()) && e.longField("leader") == leader && e.stringField("state").orElse("").equals("FOLLOWING"));
          }
        }
      }
    }
  }

  @Test
  void zxidsAreExactAndSplitConsistently() throws IOException {
    RecordedTrace crash = traces.get(1);
    List<TraceEvent> events = TraceReader.any().read(out.resolve(crash.file())).events();
    long writes = crash.steps().stream().filter(s -> s.get("action").equals("write")).mapToLong(s -> (Long) s.get("count")).sum();
    for (TraceEvent e : events) {
      if (e.fields().containsKey("zxid") && e.longField("zxid") >= 0) {
        assertThat(e.longField("zxid")).as("seq %d", e.seq()).isEqualTo((e.longField("zxidEpoch") << 32) | e.longField("zxidCounter"));
      }
    }
    // After the crash, the new leader is chosen with the writes of epoch 1 in its history.
    TraceEvent lastDecision = events.stream().filter(e -> e.event().equals("ElectionDecided")).reduce((a, b) -> b).orElseThrow();
    assertThat(lastDecision.longField("zxidEpoch")).isEqualTo(1);
    assertThat(lastDecision.longField("zxidCounter")).isGreaterThanOrEqualTo(writes);
    long crashed = crash.steps().stream().filter(s -> s.get("action").equals("crash")).map(s -> (Long) s.get("peer")).findFirst().orElseThrow();
    assertThat(lastDecision.longField("leader")).isNotEqualTo(crashed);
    TraceEvent shutdown = events.stream().filter(e -> e.event().equals("PeerShutdown")).findFirst().orElseThrow();
    assertThat(shutdown.node()).isEqualTo(Long.toString(crashed));
    assertThat(shutdown.seq()).isLessThan(lastDecision.seq());
  }

  @Test
  void theScenarioEndMarkerSeparatesTheScenarioFromTheTeardown() throws IOException {
    for (RecordedTrace t : traces) {
      List<TraceEvent> events = TraceReader.any().read(out.resolve(t.file())).events();
      List<TraceEvent> markers = events.stream().filter(e -> e.event().equals("ScenarioEnd")).toList();
      assertThat(markers).as(t.file()).hasSize(1);
      assertThat(markers.get(0).node()).isEqualTo("harness");
      long end = markers.get(0).seq();
      assertThat(events.stream().filter(e -> e.event().equals("PeerStart")).map(TraceEvent::seq)).as(t.file()).allMatch(s -> s < end);
      long starts = t.steps().stream().filter(s -> s.get("action").equals("start")).count();
      assertThat(events.stream().filter(e -> e.event().equals("PeerStart"))).as(t.file()).hasSize((int) starts);
    }
  }

  @Test
  void sendsAreRecordedBeforeTheMatchingReceives() throws IOException {
    for (RecordedTrace t : traces) {
      List<TraceEvent> events = TraceReader.any().read(out.resolve(t.file())).events();
      Map<String, Integer> inFlight = new HashMap<>();
      for (TraceEvent e : events) {
        String key;
        if (e.event().equals("SendNotification")) {
          key = e.node() + ">" + e.longField("to") + ":" + e.longField("leader") + ":" + e.longField("electionEpoch") + ":" + e.stringField("state").orElseThrow();
          inFlight.merge(key, 1, Integer::sum);
        } else if (e.event().equals("ReceiveNotification")) {
          key = e.longField("from") + ">" + e.node() + ":" + e.longField("leader") + ":" + e.longField("electionEpoch") + ":" + e.stringField("state").orElseThrow();
          assertThat(inFlight.getOrDefault(key, 0)).as("%s seq %d: received %s before it was sent", t.file(), e.seq(), key).isPositive();
        }
      }
    }
  }

  @Test
  void leavesNoTemporaryFoldersBehind() {
    assertThat(tempAfter).isEqualTo(tempBefore);
  }
}
