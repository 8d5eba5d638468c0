package org.sysmobench.systems.zookeeper.fle.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * The converter on the task's committed raw traces (recorded from real ZooKeeper 3.9.5): it reproduces
 * the committed contract traces exactly, and it names the file and line of what it cannot convert.
 */
class ContractConverterTest {
  static final Path TRACES = Path.of("..", "traces").toAbsolutePath().normalize();
  /** Raw recordings of races between ZooKeeper's threads (see the tests that use them). */
  static final Path RACES = Path.of("src", "test", "resources", "races");

  @TempDir Path tmp;

  static List<Path> rawTraces() throws IOException {
    try (Stream<Path> s = Files.list(TRACES.resolve("raw"))) {
      return s.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    }
  }

  @Test
  void reproducesTheCommittedContractTraces() throws IOException {
    List<Path> raw = rawTraces();
    assertThat(raw).hasSizeGreaterThanOrEqualTo(8);
    for (Path r : raw) {
      Path out = tmp.resolve(r.getFileName());
      ContractConverter.convert(r, out, "raw/" + r.getFileName());
      assertThat(Files.readString(out)).as(r.getFileName().toString())
          .isEqualTo(Files.readString(TRACES.resolve(r.getFileName())));
    }
  }

  @Test
  void writesTheNodeSetAndOnlyContractActions() throws IOException {
    for (Path r : rawTraces()) {
      Trace t = TraceReader.any().read(TRACES.resolve(r.getFileName()));
      // a late join plays five peers, every other scenario three
      assertThat(t.header().meta().get("constants")).as(r.getFileName().toString()).hasToString(
          r.getFileName().toString().contains("late-join") ? "{Nodes={1, 2, 3, 4, 5}}" : "{Nodes={1, 2, 3}}");
      assertThat(t.events()).extracting(TraceEvent::event).isSubsetOf(
          "Start", "Crash", "StartElection", "HandleNotification", "Decide", "Reply", "NewEpoch");
      assertThat(t.events()).extracting(TraceEvent::event).contains("Start", "StartElection", "HandleNotification", "Decide");
    }
  }

  @Test
  void restartScenariosCrashAndStartAgainWithRoundZero() throws IOException {
    Path raw = rawTraces().stream().filter(p -> p.toString().contains("peer-restart")).findFirst().orElseThrow();
    List<ContractEvent> events = ContractConverter.convert(TraceReader.any().read(raw));
    int crash = indexOf(events, "Crash");
    assertThat(crash).isNotNegative();
    ContractEvent restart = events.subList(crash, events.size()).stream()
        .filter(e -> e.action().equals("Start") && e.node() == events.get(crash).node()).findFirst().orElseThrow();
    assertThat(restart.state()).containsEntry("logicalclock", 0L).containsEntry("up", true);
  }

  /**
   * A recording (real ZooKeeper, leader crash) where answers were recorded after the peer moved on: the
   * receiving thread built them from the peer's role and vote, the sending thread recorded them later.
   * Peer 1 answers as a follower after its next election started (raw seq 78, election at 75 to 77); peer
   * 3 answers as the leader after its shutdown began (raw seq 73, shutdown at 65). Each reply is placed
   * before the event that ended that answer, so the reference explains the trace (ZooKeeperFleTaskTest).
   */
  @Test
  void anAnswerRecordedAfterThePeerMovedOnIsPlacedWhereItWasTheAnswer() throws IOException {
    List<ContractEvent> events = ContractConverter.convert(TraceReader.any().read(RACES.resolve("late-answers.ndjson")));
    int followerReply = indexOfRaw(events, 78);
    assertThat(events.get(followerReply).action()).isEqualTo("Reply");
    assertThat(events.get(followerReply + 1)).satisfies(e -> {
      assertThat(e.action()).isEqualTo("StartElection");
      assertThat(e.node()).isEqualTo(1);
    });
    int leaderReply = indexOfRaw(events, 73);
    assertThat(events.get(leaderReply).action()).isEqualTo("Reply");
    assertThat(events.get(leaderReply + 1)).satisfies(e -> {
      assertThat(e.action()).isEqualTo("Crash");
      assertThat(e.node()).isEqualTo(3);
    });
  }

  /**
   * A recording (real ZooKeeper, leader crash) with a torn answer: peer 1, leaving its role, answered
   * peer 2 with its decided vote but stating LOOKING (raw seq 70); peer 2 received it (raw seq 77) and
   * ignored it as of an older round. That receipt is left out; every other receipt stays.
   */
  @Test
  void aTornAnswerThatTheReceiverIgnoresIsLeftOut() throws IOException {
    Trace raw = TraceReader.any().read(RACES.resolve("torn-answer.ndjson"));
    List<ContractEvent> events = ContractConverter.convert(raw);
    assertThat(events).extracting(ContractEvent::rawSeq).doesNotContain(77L).contains(75L, 79L);
    long receipts = raw.events().stream()
        .filter(e -> e.event().equals("ReceiveNotification") && e.seq() < scenarioEnd(raw)).count();
    assertThat(events.stream().filter(e -> e.action().equals("HandleNotification")).count()).isEqualTo(receipts - 1);
  }

  /**
   * A recording (real ZooKeeper, quorum loss) where peer 1's shutdown began (raw seq 74) while its election
   * thread handled peer 2's better vote (received at 73), which it still adopted (its new proposal at 78):
   * the adopting receipt comes before the crash.
   */
  @Test
  void aStepFinishedAfterTheShutdownBeganComesBeforeTheCrash() throws IOException {
    List<ContractEvent> events = ContractConverter.convert(TraceReader.any().read(RACES.resolve("crash-mid-step.ndjson")));
    int adopt = indexOfRaw(events, 78);
    assertThat(events.get(adopt).action()).isEqualTo("HandleNotification");
    assertThat(events.get(adopt).args()).containsEntry("j", 2L);
    assertThat(events.get(adopt).state().get("proposal")).hasToString("{leader=2, peerEpoch=1, zxid=1}");
    assertThat(events.get(adopt + 1)).satisfies(e -> {
      assertThat(e.action()).isEqualTo("Crash");
      assertThat(e.node()).isEqualTo(1);
    });
  }

  /**
   * A recording (real ZooKeeper, quorum loss) where peer 1, shutting down, still sent a notification with
   * the proposal FLE clears on shutdown (leader and zxid -1, raw seq 80): it converts, without that send.
   */
  @Test
  void theClearedProposalOfAShutDownElectionIsNotConverted() throws IOException {
    List<ContractEvent> events = ContractConverter.convert(TraceReader.any().read(RACES.resolve("cleared-proposal.ndjson")));
    assertThat(events).extracting(ContractEvent::rawSeq).doesNotContain(80L);
    assertThat(events).extracting(ContractEvent::action).contains("Crash");
  }

  /** The same from a peer shutting down (quorum loss): peer 2 sent it at raw seq 77, peer 1 ignored it at 80. */
  @Test
  void aTornAnswerOfAPeerShuttingDownIsLeftOutToo() throws IOException {
    List<ContractEvent> events =
        ContractConverter.convert(TraceReader.any().read(RACES.resolve("torn-answer-shutting-down.ndjson")));
    assertThat(events).extracting(ContractEvent::rawSeq).doesNotContain(80L).contains(79L, 89L);
  }

  @Test
  void zxidsBecomeRanksThatKeepTheirOrder() {
    ZxidRanks r = ZxidRanks.of(new java.util.TreeSet<>(List.of(0L, 4294967300L, 4294967299L, 8589934592L)));
    assertThat(List.of(r.rankOf(0), r.rankOf(4294967299L), r.rankOf(4294967300L), r.rankOf(8589934592L)))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void aTruncatedTraceIsReportedWithFileAndLine() throws IOException {
    Path raw = rawTraces().get(0);
    String text = Files.readString(raw);
    Path cut = tmp.resolve("cut.ndjson");
    Files.writeString(cut, text.substring(0, text.length() - 20));
    assertThatThrownBy(() -> ContractConverter.convert(cut, tmp.resolve("out.ndjson"), "cut.ndjson"))
        .isInstanceOf(TraceFormatException.class).hasMessageContaining("cut.ndjson");
  }

  @Test
  void anUnknownEventIsReportedWithFileAndLine() throws IOException {
    Path raw = rawTraces().get(0);
    List<String> lines = Files.readAllLines(raw);
    lines.set(3, lines.get(3).replaceFirst("\"event\":\"[A-Za-z]+\"", "\"event\":\"Mystery\""));
    Path bad = tmp.resolve("unknown.ndjson");
    Files.write(bad, lines);
    assertThatThrownBy(() -> ContractConverter.convert(bad, tmp.resolve("out.ndjson"), "unknown.ndjson"))
        .isInstanceOf(TraceFormatException.class).hasMessageContaining("unknown.ndjson").hasMessageContaining("4")
        .hasMessageContaining("Mystery");
  }

  @Test
  void anUnexplainableOrderIsReportedWithFileLineAndSeq() throws IOException {
    Path raw = rawTraces().get(0);
    List<String> lines = Files.readAllLines(raw);
    // Drop the first ElectionStarted: its UpdateProposal then follows nothing that explains it.
    int at = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains("\"event\":\"ElectionStarted\"")) {
        at = i;
        break;
      }
    }
    lines.remove(at);
    Path bad = tmp.resolve("orphan.ndjson");
    Files.write(bad, lines);
    assertThatThrownBy(() -> ContractConverter.convert(bad, tmp.resolve("out.ndjson"), "orphan.ndjson"))
        .isInstanceOf(ConversionException.class).hasMessageContaining("orphan.ndjson:")
        .hasMessageContaining("UpdateProposal");
  }

  private static long scenarioEnd(Trace raw) {
    return raw.events().stream().filter(e -> e.event().equals("ScenarioEnd")).mapToLong(TraceEvent::seq).findFirst()
        .orElse(Long.MAX_VALUE);
  }

  private static int indexOfRaw(List<ContractEvent> events, long rawSeq) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).rawSeq() == rawSeq) {
        return i;
      }
    }
    throw new AssertionError("no contract event from raw seq " + rawSeq);
  }

  private static int indexOf(List<ContractEvent> events, String action) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).action().equals(action)) {
        return i;
      }
    }
    return -1;
  }
}
