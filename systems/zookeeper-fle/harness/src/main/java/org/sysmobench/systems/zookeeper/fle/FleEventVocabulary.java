package org.sysmobench.systems.zookeeper.fle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The events {@code trace/instrumentation.yaml} produces and the fields each may carry; pass
 * {@link #FIELDS} to {@code TraceReader.withVocabulary} to reject anything else. Kept next to the
 * recorder and checked against real traces by the system test, so the file and this list cannot drift
 * apart unnoticed. All zxid-valued fields come with {@code <name>Epoch}/{@code <name>Counter} halves.
 */
public final class FleEventVocabulary {
  private static final Set<String> ZXID = Set.of("zxid", "zxidEpoch", "zxidCounter");

  /** Event name to allowed field names (an event may omit a field whose value was null). */
  public static final Map<String, Set<String>> FIELDS = build();

  private FleEventVocabulary() {}

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("PeerStart", Set.of());
    m.put("PeerShutdown", Set.of());
    m.put("ElectionStarted", Set.of("logicalclock", "state"));
    m.put("UpdateProposal", with(ZXID, "leader", "peerEpoch", "logicalclock"));
    m.put("SendNotification", with(ZXID, "to", "state", "leader", "electionEpoch", "peerEpoch"));
    m.put("ReceiveNotification", with(ZXID, "from", "state", "leader", "electionEpoch", "peerEpoch", "logicalclock"));
    m.put("RequeueNotification", Set.of("from", "leader", "electionEpoch"));
    m.put("ElectionDecided", with(ZXID, "leader", "electionEpoch", "peerEpoch", "state"));
    m.put("PeerState", Set.of("state"));
    m.put("CurrentVote", with(ZXID, "leader", "electionEpoch", "peerEpoch"));
    m.put("AcceptedEpoch", Set.of("epoch"));
    m.put("CurrentEpoch", Set.of("epoch"));
    m.put("ScenarioEnd", Set.of());
    return Map.copyOf(m);
  }

  private static Set<String> with(Set<String> base, String... more) {
    java.util.Set<String> s = new java.util.HashSet<>(base);
    s.addAll(Set.of(more));
    return Set.copyOf(s);
  }
}
