package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.zookeeper.server.quorum.QuorumPeer;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;
import org.apache.zookeeper.server.quorum.QuorumPeerMain;

/**
 * One real, unmodified ZooKeeper {@link QuorumPeer} running in this JVM, started the way
 * {@code zkServer.sh} starts one ({@link QuorumPeerMain#runFromConfig}) but on its own thread. A stopped
 * peer cannot be started again; a restart is a new {@code EmbeddedPeer} on the same data folder.
 */
final class EmbeddedPeer {
  /** Exposes the protected peer field of ZooKeeper's own launcher; behaviour is unchanged. */
  private static final class Launcher extends QuorumPeerMain {
    Optional<QuorumPeer> peer() {
      return Optional.ofNullable(quorumPeer);
    }
  }

  /** Generous for 127.0.0.1 and a loaded 2-core machine, short enough to keep runs fast. */
  private static final int TICK_MS = 500;

  private final PeerAddress self;
  private final Launcher launcher = new Launcher();
  private final Thread thread;
  private volatile Throwable failure;

  private EmbeddedPeer(PeerAddress self, QuorumPeerConfig config) {
    this.self = self;
    this.thread = new Thread(() -> {
      try {
        launcher.runFromConfig(config);
      } catch (Throwable t) {
        failure = t;
      }
    }, "embedded-peer-" + self.id());
  }

  /** Writes the peer's configuration and {@code myid} under {@code dataDir} and starts it. */
  static EmbeddedPeer start(PeerAddress self, List<PeerAddress> all, Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Files.writeString(dataDir.resolve("myid"), Integer.toString(self.id()));
    Properties p = new Properties();
    p.setProperty("dataDir", dataDir.toString());
    p.setProperty("clientPort", Integer.toString(self.clientPort()));
    p.setProperty("clientPortAddress", "127.0.0.1");
    p.setProperty("tickTime", Integer.toString(TICK_MS));
    p.setProperty("initLimit", "10");
    p.setProperty("syncLimit", "5");
    p.setProperty("standaloneEnabled", "false");
    p.setProperty("admin.enableServer", "false");
    for (PeerAddress a : all) {
      p.setProperty("server." + a.id(), a.serverLine());
    }
    QuorumPeerConfig config = new QuorumPeerConfig();
    try {
      config.parseProperties(p);
    } catch (QuorumPeerConfig.ConfigException e) {
      throw new IOException("invalid ZooKeeper configuration for peer " + self.id() + ": " + e.getMessage(), e);
    }
    EmbeddedPeer peer = new EmbeddedPeer(self, config);
    peer.thread.start();
    return peer;
  }

  int id() {
    return self.id();
  }

  /** The role, once the peer exists. */
  Optional<QuorumPeer.ServerState> state() {
    return launcher.peer().map(QuorumPeer::getPeerState);
  }

  /** The sid this peer currently votes for, once it exists. */
  Optional<Long> votedLeader() {
    return launcher.peer().map(QuorumPeer::getCurrentVote).map(v -> v.getId());
  }

  /** The epoch the peer last joined (Zab's current epoch, on disk), once the peer exists. */
  Optional<Long> currentEpoch() {
    return launcher.peer().map(p -> {
      try {
        return p.getCurrentEpoch();
      } catch (IOException e) {
        return -1L;
      }
    });
  }

  /** Why the peer's thread died, if it did. */
  Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Shuts the peer down (the same path ZooKeeper takes on SIGTERM) and waits for its thread.
   *
   * @return true if the peer's thread ended in time
   */
  boolean stop(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    // A peer stopped while still starting has no QuorumPeer yet, and close() would then be a no-op.
    while (launcher.peer().isEmpty() && thread.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    launcher.close();
    thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    return !thread.isAlive();
  }
}
