package org.sysmobench.systems.zookeeper.fle;

import java.util.Arrays;

/** What happens to the ensemble during one recorded run. The seed fixes the choices each one makes. */
public enum Scenario {
  /** All peers start (seeded order and delays) and elect a first leader. */
  INITIAL_ELECTION("initial-election"),
  /** After a first election and a few writes, the leader is shut down; the others elect a new one. */
  LEADER_CRASH("leader-crash"),
  /** After a first election and writes, one seeded peer is shut down and started again; it rejoins. */
  PEER_RESTART("peer-restart"),
  /** One seeded peer starts only after the others elected a leader and took writes; it joins late. */
  LATE_JOIN("late-join");

  private final String id;

  Scenario(String id) {
    this.id = id;
  }

  /** The name used in file names, manifests and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The scenario with this id.
   *
   * @throws IllegalArgumentException listing the known ids
   */
  public static Scenario fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "' (known: "
            + String.join(", ", Arrays.stream(values()).map(Scenario::id).toList()) + ")"));
  }
}
