package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeoutException;

/**
 * Plays one {@link Scenario} on an {@link Ensemble}. Every choice (start order, pauses, which peer
 * crashes, restarts or joins late, how many writes) comes from one {@link Random} seeded by the caller,
 * and is written to the returned steps, so a trace says what was done to the system.
 */
final class ScenarioScript {
  private static final Duration SETTLE = Duration.ofSeconds(20);
  private static final Duration WRITE = Duration.ofSeconds(15);

  private final Ensemble ensemble;
  private final Random random;
  private final List<Map<String, Object>> steps = new ArrayList<>();
  private final long startedNanos = System.nanoTime();

  ScenarioScript(Ensemble ensemble, long seed) {
    this.ensemble = ensemble;
    this.random = new Random(seed);
  }

  /** Runs the scenario; returns the steps taken, including every settled election. */
  List<Map<String, Object>> play(Scenario scenario) throws IOException, InterruptedException, TimeoutException {
    List<Integer> all = ensemble.ids();
    switch (scenario) {
      case INITIAL_ELECTION -> {
        startInSeededOrder(all);
        settle(all);
      }
      case LEADER_CRASH -> {
        startInSeededOrder(all);
        long leader = settle(all);
        write(all);
        step("crash", (int) leader);
        ensemble.stop((int) leader);
        settle(without(all, (int) leader));
      }
      case PEER_RESTART -> {
        startInSeededOrder(all);
        settle(all);
        write(all);
        int victim = all.get(random.nextInt(all.size()));
        step("stop", victim);
        ensemble.stop(victim);
        settle(without(all, victim));
        pause(100, 600);
        step("start", victim);
        ensemble.start(victim);
        settle(all);
      }
      case LATE_JOIN -> {
        // The highest sid leads the first election (equal zxids and epochs); the joiner is the next sid.
        int late = all.get(all.size() - 2);
        List<Integer> early = without(all, late);
        startInSeededOrder(early);
        settle(early);
        write(early);
        pause(100, 600);
        step("start", late);
        ensemble.start(late);
        settle(all);
      }
      case QUORUM_LOSS -> {
        startInSeededOrder(all);
        int leader = (int) settle(all);
        write(all);
        // One follower stays: it loses its quorum and starts a newer round alone. The leader (the best
        // vote) and the other follower restart in round 1, so the lone peer takes better votes of an
        // older round (and ignores them), and the restarted peers join its newer round.
        List<Integer> followers = without(all, leader);
        int survivor = followers.get(random.nextInt(followers.size()));
        List<Integer> stopped = without(all, survivor);
        stopInSeededOrder(stopped);
        awaitLooking(survivor);
        pause(200, 600);
        step("start", leader);
        ensemble.start(leader);
        for (int p : without(stopped, leader)) {
          pause(0, 300);
          step("start", p);
          ensemble.start(p);
        }
        settle(all);
      }
      case DIVERGENT_HISTORIES -> {
        startInSeededOrder(all);
        int leader = (int) settle(all);
        write(all);
        long epoch = ensemble.currentEpoch(leader);
        List<Integer> followers = without(all, leader);
        List<Integer> order = new ArrayList<>(followers);
        Collections.shuffle(order, random);
        step("stop", order.get(0));
        ensemble.stop(order.get(0));
        // The leader still has a quorum; it keeps logging the client's writes while the last follower
        // stops, and the writes it logs from then on reach no follower: they are never committed.
        Map<String, Object> burst = newStep("writeBurst");
        burst.put("peer", (long) leader);
        steps.add(burst);
        try (Ensemble.WriteBurst writes = ensemble.writeBurst(leader, "sysmobench-burst")) {
          step("stop", order.get(1));
          ensemble.stop(order.get(1));
          awaitLooking(leader);
          burst.put("sent", (long) writes.sent());
        }
        step("stop", leader);
        ensemble.stop(leader);
        // The followers elect a new epoch without the leader's uncommitted writes.
        startInSeededOrder(followers);
        settle(followers);
        // Stopped only once synchronised: then their votes carry the new epoch. No write in it, so their
        // zxid stays below the old leader's.
        ensemble.awaitEpochAbove(followers, epoch, SETTLE);
        step("newEpoch", followers.get(0));
        stopInSeededOrder(followers);
        // Everyone at once, the old leader first, so that every peer compares the old leader's vote (the
        // higher zxid) with the others' (the higher epoch) while looking.
        step("start", leader);
        ensemble.start(leader);
        for (int f : followers) {
          step("start", f);
          ensemble.start(f);
        }
        settle(all);
      }
    }
    return steps;
  }

  private void stopInSeededOrder(List<Integer> ids) throws InterruptedException, TimeoutException {
    List<Integer> order = new ArrayList<>(ids);
    Collections.shuffle(order, random);
    for (int id : order) {
      step("stop", id);
      ensemble.stop(id);
    }
  }

  private void awaitLooking(int peer) throws InterruptedException, TimeoutException {
    ensemble.awaitLooking(peer, SETTLE);
    step("looking", peer);
  }

  private void startInSeededOrder(List<Integer> ids) throws IOException, InterruptedException {
    List<Integer> order = new ArrayList<>(ids);
    Collections.shuffle(order, random);
    for (int i = 0; i < order.size(); i++) {
      if (i > 0) {
        pause(0, 300);
      }
      step("start", order.get(i));
      ensemble.start(order.get(i));
    }
  }

  private long settle(List<Integer> members) throws InterruptedException, TimeoutException {
    Ensemble.Settled s = ensemble.awaitSettled(members, SETTLE);
    Map<String, Object> step = newStep("settled");
    step.put("leader", s.leader());
    step.put("followers", s.followers());
    steps.add(step);
    return s.leader();
  }

  private void write(List<Integer> members) throws IOException, InterruptedException, TimeoutException {
    int count = 1 + random.nextInt(3);
    Map<String, Object> step = newStep("write");
    step.put("count", (long) count);
    steps.add(step);
    ensemble.write(members, count, "sysmobench-" + steps.size(), WRITE);
  }

  private void pause(int minMs, int maxMs) throws InterruptedException {
    int ms = minMs + random.nextInt(maxMs - minMs + 1);
    Map<String, Object> step = newStep("pause");
    step.put("ms", (long) ms);
    steps.add(step);
    Thread.sleep(ms);
  }

  private void step(String action, int peer) {
    Map<String, Object> step = newStep(action);
    step.put("peer", (long) peer);
    steps.add(step);
  }

  /** A step stamped with the milliseconds since the scenario began (when it happened, for readers of the trace). */
  private Map<String, Object> newStep(String action) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("action", action);
    step.put("atMs", (System.nanoTime() - startedNanos) / 1_000_000);
    return step;
  }

  private static List<Integer> without(List<Integer> ids, int id) {
    List<Integer> out = new ArrayList<>(ids);
    out.remove(Integer.valueOf(id));
    return out;
  }
}
