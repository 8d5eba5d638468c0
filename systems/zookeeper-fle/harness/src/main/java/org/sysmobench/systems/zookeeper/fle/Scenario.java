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
  /**
   * Five peers; the one with the second-highest sid starts only after the others elected (the highest sid
   * leads) and took writes. The joiner hears the followers' answers before the leader's own (its connection
   * to the higher sid is set up the other way round, one exchange later), so a quorum of followers forms
   * before the leader is known to lead, and the leader check decides when the joiner follows.
   */
  LATE_JOIN("late-join"),
  /**
   * After an election and writes, the leader and one follower stop: the other follower loses its quorum
   * and starts a newer round alone; the leader and the follower restart with round 1 and meet it there.
   * The lone peer takes the leader's better vote from an older round (and must ignore it), and older-round
   * notifications reach peers that already moved on, in both directions.
   */
  QUORUM_LOSS("quorum-loss"),
  /**
   * Peers end up with histories whose zxid and epoch orders disagree: the leader logs proposals that no
   * follower receives (both followers stop while a client keeps writing to it), the followers then elect a
   * new epoch without it, and finally all peers restart together: the old leader proposes the higher zxid,
   * the others the higher epoch, and the epoch decides.
   */
  DIVERGENT_HISTORIES("divergent-histories");

  private final String id;

  Scenario(String id) {
    this.id = id;
  }

  /** The ensemble size this scenario plays with, given the size asked for: late joins need five peers. */
  public int ensembleSize(int requested) {
    return this == LATE_JOIN ? 5 : requested;
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
