package org.sysmobench.systems.zookeeper.fle;

/**
 * The ports of one peer on 127.0.0.1.
 *
 * @param id the ZooKeeper server id (sid), from 1
 * @param quorumPort follower-to-leader port
 * @param electionPort leader election port
 * @param clientPort client port
 */
public record PeerAddress(int id, int quorumPort, int electionPort, int clientPort) {
  /** The {@code server.N} line value. */
  String serverLine() {
    return "127.0.0.1:" + quorumPort + ":" + electionPort;
  }
}
