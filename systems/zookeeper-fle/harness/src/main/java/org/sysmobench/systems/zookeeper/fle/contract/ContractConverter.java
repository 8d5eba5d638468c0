package org.sysmobench.systems.zookeeper.fle.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceHeader;
import org.sysmobench.trace.TraceReader;
import org.sysmobench.trace.TraceWriter;

/**
 * Converts a raw FLE trace into the {@code zookeeper-fle} contract vocabulary.
 *
 * <p>Design note (contract trace format, version 1 of {@code sysmobench-trace}): the header's
 * {@code meta.constants.Nodes} is the run's node set ({@code "{1, 2, 3}"}), {@code meta.rawTrace} names
 * the raw original; each event is {@code {"seq","node","event":<action>,"args":{..},"state":{..},"rawSeq"}}
 * with {@code state} holding the node's observed variables after the event. Zxids are ranks (see
 * {@link ZxidRanks}). Only the scenario proper is converted: events after {@code ScenarioEnd} are the
 * harness's teardown.
 *
 * <p>How raw events become actions (one election thread per peer does everything but sending):
 * <ul>
 *   <li>{@code ElectionStarted} + the {@code UpdateProposal} that follows = {@code StartElection}; a
 *       {@code PeerState LOOKING} before it (the peer left its role) is part of it;</li>
 *   <li>{@code ReceiveNotification} (+ a {@code RequeueNotification} of it) (+ the {@code UpdateProposal} it
 *       caused) = {@code HandleNotification}: the spec, not the converter, decides whether the poll was the
 *       main loop's or the finalize wait's, since the two sites cannot be told apart in the trace;</li>
 *   <li>{@code PeerState FOLLOWING/LEADING} + {@code ElectionDecided} (+ the {@code CurrentVote} with the
 *       same vote) = {@code Decide};</li>
 *   <li>{@code SendNotification} in state FOLLOWING/LEADING = {@code Reply} (a peer out of the election
 *       answers a looking one), placed where what it carries was the peer's answer: the receiving thread
 *       builds an answer before the sending thread records it, so the record may follow the peer's next
 *       election, its crash or its new epoch (or precede the {@code CurrentVote} of the epoch it shows);
 *       sends in state LOOKING are the wire half of broadcasts already made by
 *       {@code StartElection}/{@code HandleNotification} (or a looking peer's answer, which repeats one), so
 *       they are dropped;</li>
 *   <li>a later {@code CurrentVote} that only changes the peer epoch = {@code NewEpoch} (Zab's
 *       synchronisation, outside the contract, moved the peer to a new epoch);</li>
 *   <li>{@code PeerStart} = {@code Start}, {@code PeerShutdown} = {@code Crash}, after the step the election
 *       thread was in, when its next event completes it (a shutdown does not stop that thread at once); a
 *       down peer's remaining events (its threads winding down) are dropped, but for answers it built
 *       before the crash; a torn answer (a peer leaving its role sends its decided vote stating LOOKING)
 *       that its receiver ignores as of an older round is dropped with its receipt;
 *       {@code AcceptedEpoch}/{@code CurrentEpoch} are Zab's and dropped.</li>
 * </ul>
 */
public final class ContractConverter {
  /** The contract's node-set constant. */
  public static final String NODES = "Nodes";

  private ContractConverter() {}

  /** Reads {@code raw}, converts it and writes {@code out} (parent folders created). */
  public static List<ContractEvent> convert(Path raw, Path out, String rawName) throws IOException {
    Trace trace = TraceReader.withVocabulary(org.sysmobench.systems.zookeeper.fle.FleEventVocabulary.FIELDS).read(raw);
    List<ContractEvent> events = convert(trace);
    Map<String, Object> meta = new LinkedHashMap<>();
    for (String k : List.of("system", "zookeeperVersion", "scenario", "seed", "nodes")) {
      Object v = trace.header().meta().get(k);
      if (v != null) {
        meta.put(k, v);
      }
    }
    meta.put("rawTrace", rawName);
    meta.put("constants", Map.of(NODES, nodeSetText(nodes(trace))));
    try (TraceWriter w = TraceWriter.create(out, TraceHeader.of(meta))) {
      for (ContractEvent e : events) {
        w.append(Integer.toString(e.node()), e.action(), Optional.empty(), e.fields());
      }
    }
    return events;
  }

  /** Converts an already read raw trace. */
  public static List<ContractEvent> convert(Trace trace) {
    return new Conversion(trace, ranks(trace), nodes(trace)).run();
  }

  /** The node set: {@code 1..meta.nodes}, or the sids seen in the trace when the header lacks it. */
  static List<Integer> nodes(Trace trace) {
    Object n = trace.header().meta().get("nodes");
    if (n != null) {
      int count = Integer.parseInt(n.toString());
      List<Integer> ids = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        ids.add(i);
      }
      return ids;
    }
    return trace.events().stream().map(TraceEvent::node).filter(s -> s.matches("[0-9]+")).map(Integer::parseInt)
        .distinct().sorted().toList();
  }

  static String nodeSetText(List<Integer> nodes) {
    return nodes.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
  }

  private static ZxidRanks ranks(Trace trace) {
    TreeSet<Long> zxids = new TreeSet<>();
    for (TraceEvent e : trace.events()) {
      if (e.fields().containsKey("zxid")) {
        zxids.add(e.longField("zxid"));
      }
    }
    return ZxidRanks.of(zxids);
  }

  /** Records of the contract's vote shapes, keyed as the contract names their fields. */
  static Map<String, Object> proposal(long leader, int zxid, long peerEpoch) {
    Map<String, Object> m = new TreeMap<>();
    m.put("leader", leader);
    m.put("zxid", (long) zxid);
    m.put("peerEpoch", peerEpoch);
    return m;
  }

  static Map<String, Object> vote(long leader, int zxid, long electionEpoch, long peerEpoch) {
    Map<String, Object> m = proposal(leader, zxid, peerEpoch);
    m.put("electionEpoch", electionEpoch);
    return m;
  }
}
