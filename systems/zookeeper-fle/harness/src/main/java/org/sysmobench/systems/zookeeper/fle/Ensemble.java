package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.server.quorum.QuorumPeer.ServerState;

/**
 * N ZooKeeper peers of one ensemble in this JVM: start, stop and restart peers, wait for a settled
 * election, write through a real client. Every wait is bounded; a run that does not settle in time is a
 * {@link TimeoutException}, never a hang.
 */
final class Ensemble implements AutoCloseable {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration WRITE_CONNECT = Duration.ofSeconds(15);

  private final Path dir;
  private final List<PeerAddress> addresses;
  private final Map<Integer, EmbeddedPeer> running = new LinkedHashMap<>();

  Ensemble(Path dir, int size) {
    if (size < 3 || size > 5) {
      throw new IllegalArgumentException("ensemble size must be 3 to 5, not " + size);
    }
    this.dir = dir;
    List<Integer> ports = FreePorts.allocate(3 * size);
    List<PeerAddress> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(new PeerAddress(i + 1, ports.get(3 * i), ports.get(3 * i + 1), ports.get(3 * i + 2)));
    }
    this.addresses = List.copyOf(list);
  }

  List<PeerAddress> addresses() {
    return addresses;
  }

  List<Integer> ids() {
    return addresses.stream().map(PeerAddress::id).toList();
  }

  void start(int id) throws IOException {
    if (running.containsKey(id)) {
      throw new IllegalStateException("peer " + id + " is already running");
    }
    running.put(id, EmbeddedPeer.start(addresses.get(id - 1), addresses, dir.resolve("peer-" + id)));
  }

  void stop(int id) throws InterruptedException, TimeoutException {
    EmbeddedPeer p = running.remove(id);
    if (p == null) {
      throw new IllegalStateException("peer " + id + " is not running");
    }
    if (!p.stop(STOP_TIMEOUT)) {
      throw new TimeoutException("peer " + id + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
    }
  }

  /** A settled election: one leader, every other member following it. */
  record Settled(long leader, List<Long> followers) {}

  /**
   * Waits until exactly one of {@code members} is LEADING and all the others are FOLLOWING and vote for
   * it, all of them running.
   */
  Settled awaitSettled(Collection<Integer> members, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      for (EmbeddedPeer p : running.values()) {
        Optional<Throwable> f = p.failure();
        if (f.isPresent()) {
          throw new IllegalStateException("peer " + p.id() + " failed: " + f.get(), f.get());
        }
      }
      Map<Integer, String> view = new LinkedHashMap<>();
      List<Long> leaders = new ArrayList<>();
      List<Long> followers = new ArrayList<>();
      boolean allVoteForLeader = true;
      Long votedFor = null;
      for (int id : members) {
        EmbeddedPeer p = running.get(id);
        Optional<ServerState> s = p == null ? Optional.empty() : p.state();
        Optional<Long> vote = p == null ? Optional.empty() : p.votedLeader();
        view.put(id, s.map(Enum::name).orElse("DOWN") + vote.map(v -> "->" + v).orElse(""));
        if (s.isPresent() && s.get() == ServerState.LEADING) {
          leaders.add((long) id);
        } else if (s.isPresent() && s.get() == ServerState.FOLLOWING) {
          followers.add((long) id);
        }
        if (vote.isEmpty() || (votedFor != null && !votedFor.equals(vote.get()))) {
          allVoteForLeader = false;
        }
        votedFor = vote.orElse(votedFor);
      }
      last = view.toString();
      if (leaders.size() == 1 && followers.size() == members.size() - 1 && allVoteForLeader && leaders.get(0).equals(votedFor)) {
        return new Settled(leaders.get(0), followers);
      }
      Thread.sleep(20);
    }
    throw new TimeoutException("election among " + new TreeSet<>(members) + " did not settle within " + timeout.toMillis() + " ms; last view " + last);
  }

  /**
   * Waits until every member has joined an epoch above {@code epoch}: the leader they settled on has
   * synchronised them, so their next vote carries the new epoch.
   */
  void awaitEpochAbove(Collection<Integer> members, long epoch, Duration timeout) throws InterruptedException,
      TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int id : members) {
      EmbeddedPeer p = running.get(id);
      while (p == null || p.currentEpoch().orElse(-1L) <= epoch) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException("peer " + id + " did not join an epoch above " + epoch + " within "
              + timeout.toMillis() + " ms");
        }
        Thread.sleep(10);
        p = running.get(id);
      }
    }
  }

  /** The epoch a running peer last joined. */
  long currentEpoch(int id) {
    EmbeddedPeer p = running.get(id);
    if (p == null) {
      throw new IllegalStateException("peer " + id + " is not running");
    }
    return p.currentEpoch().orElse(-1L);
  }

  /** Waits until {@code id} is running and LOOKING (it lost its leader or its quorum). */
  void awaitLooking(int id, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    EmbeddedPeer p = running.get(id);
    if (p == null) {
      throw new IllegalStateException("peer " + id + " is not running");
    }
    while (p.state().orElse(null) != ServerState.LOOKING) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("peer " + id + " did not go LOOKING within " + timeout.toMillis() + " ms");
      }
      Thread.sleep(10);
    }
  }

  /**
   * Client writes sent to one peer without waiting for answers, every couple of milliseconds, until
   * closed: a leader that loses its followers meanwhile logs the writes it still takes, and no follower
   * ever receives them.
   */
  final class WriteBurst implements AutoCloseable {
    private final ZooKeeper client;
    private final Thread sender;
    private volatile boolean stop;
    private volatile long sent;

    private WriteBurst(ZooKeeper client, String prefix) {
      this.client = client;
      this.sender = new Thread(() -> {
        byte[] data = "burst".getBytes(StandardCharsets.UTF_8);
        while (!stop) {
          client.create("/" + prefix + "-" + sent, data, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT,
              (rc, path, ctx, name) -> { }, null);
          sent++;
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "write-burst");
      sender.start();
    }

    /** Writes sent so far. */
    long sent() {
      return sent;
    }

    @Override
    public void close() throws InterruptedException {
      stop = true;
      sender.join();
      client.close(1000);
    }
  }

  /** Starts a {@link WriteBurst} at {@code id}, once a client is connected to it. */
  WriteBurst writeBurst(int id, String prefix) throws IOException, InterruptedException, TimeoutException {
    CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper client = new ZooKeeper("127.0.0.1:" + addresses.get(id - 1).clientPort(), 10_000, e -> {
      if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
        connected.countDown();
      }
    });
    if (!connected.await(WRITE_CONNECT.toMillis(), TimeUnit.MILLISECONDS)) {
      client.close();
      throw new TimeoutException("client could not connect to peer " + id + " within " + WRITE_CONNECT.toMillis() + " ms");
    }
    return new WriteBurst(client, prefix);
  }

  /**
   * Creates {@code count} znodes through a real client connected to {@code members}, so that the zxid
   * moves and later elections compare non-zero zxids. Retries until the ensemble serves writes.
   */
  void write(Collection<Integer> members, int count, String prefix, Duration timeout) throws IOException, InterruptedException, TimeoutException {
    StringBuilder connect = new StringBuilder();
    for (int id : members) {
      connect.append(connect.length() == 0 ? "" : ",").append("127.0.0.1:").append(addresses.get(id - 1).clientPort());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper client = new ZooKeeper(connect.toString(), 10_000, e -> {
      if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
        connected.countDown();
      }
    });
    try {
      if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new TimeoutException("client could not connect to " + connect + " within " + timeout.toMillis() + " ms");
      }
      for (int i = 0; i < count; i++) {
        while (true) {
          try {
            client.create("/" + prefix + "-" + i, ("v" + i).getBytes(StandardCharsets.UTF_8), ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            break;
          } catch (KeeperException.ConnectionLossException | KeeperException.SessionMovedException e) {
            if (System.nanoTime() > deadline) {
              throw new TimeoutException("write " + i + " not accepted within " + timeout.toMillis() + " ms: " + e);
            }
            Thread.sleep(50);
          } catch (KeeperException e) {
            throw new IOException("write " + i + " failed: " + e, e);
          }
        }
      }
    } finally {
      client.close();
    }
  }

  /**
   * Stops every running peer, all at once: a ZooKeeper shutdown spends most of its time waiting for
   * sockets and threads, so stopping peers one after the other only adds those waits up.
   */
  @Override
  public void close() throws TimeoutException {
    List<Integer> ids = new ArrayList<>(running.keySet());
    List<Thread> stoppers = new ArrayList<>();
    List<Integer> stuck = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int id : ids) {
      EmbeddedPeer p = running.remove(id);
      Thread t = new Thread(() -> {
        try {
          if (!p.stop(STOP_TIMEOUT)) {
            stuck.add(id);
          }
        } catch (InterruptedException e) {
          stuck.add(id);
        }
      }, "stop-peer-" + id);
      stoppers.add(t);
      t.start();
    }
    for (Thread t : stoppers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        // Keep the interrupt for the caller; the stoppers are bounded by STOP_TIMEOUT and finish alone.
        Thread.currentThread().interrupt();
        throw new TimeoutException("interrupted while waiting for peers " + ids + " to stop");
      }
    }
    if (!stuck.isEmpty()) {
      throw new TimeoutException("peers " + stuck + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
    }
  }
}
