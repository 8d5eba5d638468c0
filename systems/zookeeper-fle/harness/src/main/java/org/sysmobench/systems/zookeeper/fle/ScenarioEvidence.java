package org.sysmobench.systems.zookeeper.fle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;

/**
 * Whether a raw trace shows what its scenario is played for. A scenario sets the stage, but a real run
 * decides the timing: a trace that missed the point (the joiner heard the leader first, no vote of an
 * older round arrived late) is refused and the scenario played again from a derived seed.
 */
final class ScenarioEvidence {
  private ScenarioEvidence() {}

  /** @throws RecordingFailedException saying what the trace of {@code scenario} lacks */
  static void check(Scenario scenario, Trace raw) {
    switch (scenario) {
      case LATE_JOIN -> require(followersQuorumBeforeLeader(raw),
          "the joiner heard the leader before a quorum of followers, so the leader check decided nothing");
      case QUORUM_LOSS -> require(betterOlderRoundTaken(raw),
          "no looking peer took a better vote than its own from an older round");
      case DIVERGENT_HISTORIES -> require(disagreeingVoteTaken(raw),
          "no looking peer compared votes whose zxid and epoch orders disagree");
      default -> { }
    }
  }

  private static void require(boolean shown, String otherwise) {
    if (!shown) {
      throw new RecordingFailedException(otherwise);
    }
  }

  private static boolean isLookingReceive(TraceEvent e) {
    return e.event().equals("ReceiveNotification") && e.stringField("state").orElse("").equals("LOOKING");
  }

  /** Some peer, before hearing LEADING from anyone, heard FOLLOWING from a majority of the ensemble. */
  static boolean followersQuorumBeforeLeader(Trace raw) {
    int nodes = Integer.parseInt(raw.header().meta().getOrDefault("nodes", "3").toString());
    Map<String, Set<Long>> following = new HashMap<>();
    Set<String> heardLeader = new HashSet<>();
    for (TraceEvent e : raw.events()) {
      if (!e.event().equals("ReceiveNotification")) {
        continue;
      }
      String state = e.stringField("state").orElse("");
      if (state.equals("LEADING")) {
        heardLeader.add(e.node());
      } else if (state.equals("FOLLOWING") && !heardLeader.contains(e.node())) {
        Set<Long> f = following.computeIfAbsent(e.node(), k -> new HashSet<>());
        f.add(e.longField("from"));
        if (2 * f.size() > nodes) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Some looking peer took a LOOKING notification of a round older than its own whose vote is better than
   * its proposal by FLE's order: taken as current, it would change the proposal.
   */
  static boolean betterOlderRoundTaken(Trace raw) {
    Map<String, long[]> proposal = new HashMap<>(); // node -> {peerEpoch, zxid, leader}
    for (TraceEvent e : raw.events()) {
      if (e.event().equals("UpdateProposal")) {
        proposal.put(e.node(), new long[] {e.longField("peerEpoch"), e.longField("zxid"), e.longField("leader")});
      } else if (isLookingReceive(e) && proposal.containsKey(e.node())
          && e.longField("electionEpoch") < e.longField("logicalclock")) {
        long[] p = proposal.get(e.node());
        long[] n = {e.longField("peerEpoch"), e.longField("zxid"), e.longField("leader")};
        if (n[0] > p[0] || n[0] == p[0] && (n[1] > p[1] || n[1] == p[1] && n[2] > p[2])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Some looking peer took a LOOKING vote whose epoch is higher and zxid lower than its proposal's, or the reverse. */
  static boolean disagreeingVoteTaken(Trace raw) {
    Map<String, long[]> proposal = new HashMap<>(); // node -> {peerEpoch, zxid}
    for (TraceEvent e : raw.events()) {
      if (e.event().equals("UpdateProposal")) {
        proposal.put(e.node(), new long[] {e.longField("peerEpoch"), e.longField("zxid")});
      } else if (isLookingReceive(e) && proposal.containsKey(e.node())) {
        long[] p = proposal.get(e.node());
        long epoch = e.longField("peerEpoch");
        long zxid = e.longField("zxid");
        if ((epoch > p[0] && zxid < p[1]) || (epoch < p[0] && zxid > p[1])) {
          return true;
        }
      }
    }
    return false;
  }
}
