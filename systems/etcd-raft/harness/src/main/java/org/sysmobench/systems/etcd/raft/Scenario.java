package org.sysmobench.systems.etcd.raft;

/**
 * The scenarios the driver plays (see the driver's {@code main.go} for each script). Trace {@code i} of a
 * recording plays scenario {@code i mod 4}, so a recording of four traces shows every one.
 */
public enum Scenario {
  /** Three nodes start together and elect a leader over a lightly faulty network; one or two entries commit. */
  INITIAL_ELECTION("initial-election", 3),
  /**
   * Three nodes; the leader crashes right after taking a proposal its followers may not have, the others
   * elect a new leader and commit more, the old leader restarts from its storage and its log is repaired.
   */
  LEADER_CRASH("leader-crash", 3),
  /**
   * Five nodes; the leader is cut off with one follower and takes proposals it cannot commit, the
   * majority elects a leader and commits; the partition heals and the minority's logs are repaired.
   */
  PARTITION_HEAL("partition-heal", 5),
  /** Three nodes under heavy loss, duplication and delay; six proposals, a follower crashes and restarts. */
  PROPOSALS_UNDER_FAULTS("proposals-under-faults", 3);

  private final String id;
  private final int nodes;

  Scenario(String id, int nodes) {
    this.id = id;
    this.nodes = nodes;
  }

  /** The scenario's name, as the driver takes it and trace files show it. */
  public String id() {
    return id;
  }

  /** How many nodes the cluster has. */
  public int nodes() {
    return nodes;
  }
}
