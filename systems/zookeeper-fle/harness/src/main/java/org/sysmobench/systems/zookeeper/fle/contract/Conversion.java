package org.sysmobench.systems.zookeeper.fle.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;

/**
 * One pass over one raw trace (single use, not thread-safe): keeps, per peer, what the contract observes
 * of it and the raw events of an action still being assembled, and emits contract events as actions
 * complete. See {@link ContractConverter} for the mapping.
 */
final class Conversion {
  private static final String LOOKING = "LOOKING";

  /** What an unfinished group of raw events will become. */
  private enum Kind { START_ELECTION, RECEIVE, DECIDE }

  /** An action being assembled from several raw events of one peer. */
  private static final class Pending {
    final Kind kind;
    final TraceEvent first;
    final List<ContractEvent> deferred = new ArrayList<>();
    boolean requeued;

    Pending(Kind kind, TraceEvent first) {
      this.kind = kind;
      this.first = first;
    }
  }

  /** What a peer out of the election answers a looking peer with: its role and its decided vote. */
  private record Answer(String state, Map<String, Object> vote) {}

  /** An answer the peer gave until its event {@code endedBy} (a crash, a new election or epoch) changed it. */
  private record EndedAnswer(Answer answer, ContractEvent endedBy) {}

  /** A notification from {@code from} to {@code to} stating LOOKING with the vote {@code from} had decided. */
  private record Torn(long from, long to, Map<String, Object> vote) {}

  /** The converter's view of one peer: the contract's observed variables, as the raw events set them. */
  private static final class Peer {
    final int id;
    boolean up;
    String state = LOOKING;
    long clock;
    Map<String, Object> proposal;
    Map<String, Object> vote;
    Pending pending;
    /** The shutdown that began while the election thread was mid-step (null when none). */
    TraceEvent shutdown;
    /** What the peer answers now (null while it is down or looking). */
    Answer answer;
    final List<EndedAnswer> ended = new ArrayList<>();

    Peer(int id) {
      this.id = id;
    }
  }

  private final Trace trace;
  private final ZxidRanks ranks;
  private final Map<Integer, Peer> peers = new TreeMap<>();
  private final List<ContractEvent> out = new ArrayList<>();
  private final List<Torn> torn = new ArrayList<>();
  private int index;

  Conversion(Trace trace, ZxidRanks ranks, List<Integer> nodes) {
    this.trace = trace;
    this.ranks = ranks;
    nodes.forEach(n -> peers.put(n, new Peer(n)));
  }

  List<ContractEvent> run() {
    List<TraceEvent> events = trace.events();
    for (index = 0; index < events.size(); index++) {
      TraceEvent e = events.get(index);
      if (e.event().equals("ScenarioEnd")) {
        break;
      }
      Peer p = peer(e);
      if (e.event().equals("PeerStart")) {
        if (p.shutdown != null) {
          endStep(p);
        }
        start(p, e);
      } else if (p.shutdown != null) {
        dying(p, e);
      } else if (p.up) {
        step(p, e);
      } else if (e.event().equals("SendNotification")) {
        send(p, e); // an answer built before the crash, sent while the peer's threads wind down
      }
    }
    for (Peer p : peers.values()) {
      if (p.shutdown != null) {
        endStep(p);
      } else if (p.pending != null && p.pending.kind == Kind.RECEIVE) {
        flushReceive(p, false, p.pending.first.seq(), false);
      }
      p.pending = null;
    }
    return List.copyOf(out);
  }

  private void start(Peer p, TraceEvent e) {
    if (p.up) {
      throw error(e, "peer " + p.id + " starts while it is already up");
    }
    p.up = true;
    p.state = LOOKING;
    p.clock = 0;
    p.pending = null;
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("up", true);
    s.put("state", LOOKING);
    s.put("logicalclock", 0L);
    emit(p, "Start", args("i", (long) p.id), s, e);
  }

  private void step(Peer p, TraceEvent e) {
    switch (e.event()) {
      case "PeerShutdown" -> {
        if (p.pending != null) {
          p.shutdown = e; // the election thread finishes its step first (see dying)
        } else {
          crash(p, e);
        }
      }
      case "ElectionStarted" -> {
        flush(p, false, e);
        p.pending = new Pending(Kind.START_ELECTION, e);
      }
      case "UpdateProposal" -> updateProposal(p, e);
      case "ReceiveNotification" -> {
        flush(p, false, e);
        p.pending = new Pending(Kind.RECEIVE, e);
      }
      case "RequeueNotification" -> {
        if (p.pending == null || p.pending.kind != Kind.RECEIVE
            || p.pending.first.longField("from") != e.longField("from")) {
          throw error(e, "a requeue that does not follow the receipt of the same notification on peer " + p.id);
        }
        p.pending.requeued = true;
      }
      case "PeerState" -> {
        String s = e.stringField("state").orElseThrow(() -> error(e, "PeerState without a state"));
        boolean deciding = !s.equals(LOOKING);
        flush(p, deciding, e);
        if (deciding) {
          p.pending = new Pending(Kind.DECIDE, e);
        }
      }
      case "ElectionDecided" -> decide(p, e);
      case "CurrentVote" -> currentVote(p, e);
      case "SendNotification" -> send(p, e);
      case "AcceptedEpoch", "CurrentEpoch" -> {
        // Zab's epoch bookkeeping: outside the contract (the peer epoch reaches it through CurrentVote).
      }
      default -> throw error(e, "unknown event '" + e.event() + "'");
    }
  }

  private void crash(Peer p, TraceEvent shutdown) {
    p.up = false;
    emit(p, "Crash", args("i", (long) p.id), Map.of("up", false), shutdown);
  }

  /**
   * An event of a peer whose shutdown began while its election thread was mid-step (it had received a
   * notification, started an election or set its role). Shutting down does not stop that thread at once:
   * it may still finish the step (adopt the vote it received, propose itself, record its decision), and
   * then the step happened before the crash. The event that completes the step completes it; any other
   * ends it as it stands (a receipt that changed nothing; a half-recorded election or decision, dropped),
   * and the crash follows.
   */
  private void dying(Peer p, TraceEvent e) {
    if (e.event().equals("SendNotification")) {
      send(p, e);
      return;
    }
    boolean completes = switch (p.pending.kind) {
      case START_ELECTION -> e.event().equals("UpdateProposal");
      case RECEIVE -> e.event().equals("UpdateProposal") || e.event().equals("RequeueNotification");
      case DECIDE -> e.event().equals("ElectionDecided");
    };
    if (completes) {
      step(p, e);
      if (p.pending != null) {
        return; // a requeue: the receipt is still being handled
      }
      crashAfterStep(p);
    } else {
      endStep(p);
    }
  }

  /** Ends a dying peer's step as it stands, then crashes it. */
  private void endStep(Peer p) {
    if (p.pending.kind == Kind.RECEIVE) {
      flushReceive(p, false, p.pending.first.seq(), false);
    }
    p.pending = null;
    crashAfterStep(p);
  }

  private void crashAfterStep(Peer p) {
    TraceEvent shutdown = p.shutdown;
    p.shutdown = null;
    crash(p, shutdown);
  }

  private void updateProposal(Peer p, TraceEvent e) {
    if (p.pending == null || p.pending.kind == Kind.DECIDE) {
      throw error(e, "UpdateProposal on peer " + p.id + " follows neither an election start nor a received notification");
    }
    p.proposal = ContractConverter.proposal(e.longField("leader"), zxid(e), e.longField("peerEpoch"));
    p.clock = e.longField("logicalclock");
    p.state = LOOKING;
    if (p.pending.kind == Kind.START_ELECTION) {
      Map<String, Object> a = args("i", (long) p.id);
      a.put("zxid", (long) zxid(e));
      a.put("peerEpoch", e.longField("peerEpoch"));
      p.pending = null;
      emit(p, "StartElection", a, observed(p, true), e);
    } else {
      flushReceive(p, false, e.seq(), true);
    }
  }

  private void decide(Peer p, TraceEvent e) {
    if (p.pending == null || p.pending.kind != Kind.DECIDE) {
      throw error(e, "ElectionDecided on peer " + p.id + " without the PeerState that makes the decision");
    }
    List<ContractEvent> deferred = p.pending.deferred;
    p.pending = null;
    p.state = e.stringField("state").orElseThrow(() -> error(e, "ElectionDecided without a state"));
    p.vote = voteOf(e);
    p.clock = e.longField("electionEpoch");
    Map<String, Object> s = observed(p, true);
    s.put("vote", p.vote);
    emit(p, "Decide", args("i", (long) p.id), s, e);
    out.addAll(deferred);
  }

  private void currentVote(Peer p, TraceEvent e) {
    flush(p, false, e);
    Map<String, Object> v = voteOf(e);
    if (v.equals(p.vote)) {
      return; // QuorumPeer stores the vote the election just returned (or an answer showed the new epoch)
    }
    if (!onlyEpochMoves(p.vote, v)) {
      throw error(e, "peer " + p.id + " changes its current vote from " + p.vote + " to " + v + " outside an election");
    }
    newEpoch(p, v, e.seq());
  }

  private void newEpoch(Peer p, Map<String, Object> v, long seq) {
    p.vote = v;
    Map<String, Object> a = args("i", (long) p.id);
    a.put("peerEpoch", v.get("peerEpoch"));
    emit(p, "NewEpoch", a, Map.of("vote", v), seq);
  }

  /** {@code to} is {@code from} with a later peer epoch: Zab moved the peer on, nothing else changed. */
  private static boolean onlyEpochMoves(Map<String, Object> from, Map<String, Object> to) {
    return from != null && from.get("leader").equals(to.get("leader")) && from.get("zxid").equals(to.get("zxid"))
        && from.get("electionEpoch").equals(to.get("electionEpoch"))
        && (long) to.get("peerEpoch") > (long) from.get("peerEpoch");
  }

  /**
   * A send in state FOLLOWING/LEADING is a {@code Reply}. The receiving thread builds the answer from the
   * peer's role and vote, and the sending thread records it later, so the record may come after the peer
   * changed what it answers (it started an election, crashed, or Zab moved its epoch) or before the change
   * it shows is recorded (a decision or an epoch recorded at exit). The reply is placed where its content
   * was the peer's answer: that keeps the file's order of everything else, and a reply only adds a
   * notification, which no earlier event can miss.
   */
  private void send(Peer p, TraceEvent e) {
    String s = e.stringField("state").orElseThrow(() -> error(e, "SendNotification without a state"));
    if (e.longField("zxid") < 0) {
      return; // the cleared proposal of an election that shut down (see ZxidRanks)
    }
    Answer sent = new Answer(s, voteOf(e));
    if (s.equals(LOOKING)) {
      if (!broadcastOf(p, sent.vote()) && answered(p, sent.vote())) {
        torn.add(new Torn(p.id, e.longField("to"), sent.vote()));
      }
      return; // the wire half of a broadcast the contract already made (see ContractConverter)
    }
    Map<String, Object> a = args("i", (long) p.id);
    a.put("j", e.longField("to"));
    ContractEvent reply = new ContractEvent(p.id, "Reply", a, Map.of(), e.seq());
    if (p.up && sent.equals(p.answer)) {
      out.add(reply);
      return;
    }
    for (int k = p.ended.size() - 1; k >= 0; k--) {
      if (p.ended.get(k).answer().equals(sent)) {
        out.add(indexOf(p.ended.get(k).endedBy()), reply);
        return;
      }
    }
    if (!p.up) {
      return; // nothing the peer answered before it went down: a winding-down thread's noise
    }
    if (p.pending != null && p.pending.kind == Kind.DECIDE) {
      // The answering thread saw the new role before the election thread finished recording the decision.
      p.pending.deferred.add(reply);
      return;
    }
    if (p.answer != null && s.equals(p.answer.state()) && onlyEpochMoves(p.vote, sent.vote())) {
      newEpoch(p, sent.vote(), e.seq()); // the answer shows the epoch whose CurrentVote is recorded later
    }
    out.add(reply); // else an answer the peer never gave: the spec's check reports it
  }

  /** Whether {@code vote} is what {@code p} broadcasts now: its proposal in its round. */
  private static boolean broadcastOf(Peer p, Map<String, Object> vote) {
    if (p.proposal == null) {
      return false;
    }
    Map<String, Object> broadcast = new TreeMap<>(p.proposal);
    broadcast.put("electionEpoch", p.clock);
    return vote.equals(broadcast);
  }

  /** Whether {@code vote} is the vote {@code p} answers with now or last answered with. */
  private static boolean answered(Peer p, Map<String, Object> vote) {
    return p.answer != null ? vote.equals(p.answer.vote())
        : !p.ended.isEmpty() && vote.equals(p.ended.get(p.ended.size() - 1).answer().vote());
  }

  /**
   * A torn notification, received and ignored. ZooKeeper's receiving thread answers a looking peer by
   * reading its own vote and then, separately, its role: a peer that just left its role (to start an
   * election, or shutting down) can send its decided vote stating LOOKING, a notification FLE never
   * means to send. The receiver ignores it when it is of an older round than its own (FLE drops those;
   * no requeue and no new proposal followed), so the receipt changes nothing and is left out with its
   * send. Received otherwise, it stays, and the spec's check reports it.
   */
  private boolean ignoredTorn(Peer p, TraceEvent n) {
    if (!LOOKING.equals(n.stringField("state").orElse("")) || n.longField("electionEpoch") >= n.longField("logicalclock")) {
      return false;
    }
    Torn t = new Torn(n.longField("from"), p.id, voteOf(n));
    return torn.remove(t);
  }

  private int indexOf(ContractEvent event) {
    for (int i = out.size() - 1; i >= 0; i--) {
      if (out.get(i) == event) {
        return i;
      }
    }
    throw new IllegalStateException("event not emitted: " + event);
  }

  /** Completes what is pending on {@code p} because another of its events arrived. */
  private void flush(Peer p, boolean decisionFollows, TraceEvent next) {
    if (p.pending == null) {
      return;
    }
    switch (p.pending.kind) {
      case RECEIVE -> flushReceive(p, decisionFollows, p.pending.first.seq(), false);
      case START_ELECTION -> throw error(next, "peer " + p.id + " started an election (seq " + p.pending.first.seq()
          + ") but did not propose itself before this event");
      case DECIDE -> throw error(next, "peer " + p.id + " set its state (seq " + p.pending.first.seq()
          + ") but did not record its decision before this event");
    }
  }

  private void flushReceive(Peer p, boolean decisionFollows, long seq, boolean proposalChanged) {
    TraceEvent n = p.pending.first;
    boolean requeued = p.pending.requeued;
    p.pending = null;
    if (!proposalChanged && !requeued && ignoredTorn(p, n)) {
      return;
    }
    Map<String, Object> a = args("i", (long) p.id);
    a.put("j", n.longField("from"));
    a.put("nstate", n.stringField("state").orElseThrow(() -> error(n, "ReceiveNotification without a state")));
    a.put("nleader", n.longField("leader"));
    a.put("nzxid", (long) zxid(n));
    a.put("nelectionEpoch", n.longField("electionEpoch"));
    a.put("npeerEpoch", n.longField("peerEpoch"));
    // A notification from a peer out of the election may end the election and move the clock to that
    // election's round inside the same step: the clock is then observed on the decision only.
    emit(p, "HandleNotification", a, observed(p, !decisionFollows), seq);
  }

  private Map<String, Object> observed(Peer p, boolean withClock) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("state", p.state);
    if (withClock) {
      s.put("logicalclock", p.clock);
    }
    if (p.proposal != null) {
      s.put("proposal", p.proposal);
    }
    return s;
  }

  private Peer peer(TraceEvent e) {
    try {
      Peer p = peers.get(Integer.parseInt(e.node()));
      if (p != null) {
        return p;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw error(e, "node '" + e.node() + "' is not a peer of this " + peers.size() + "-node ensemble");
  }

  private int zxid(TraceEvent e) {
    return ranks.rankOf(e.longField("zxid"));
  }

  private static Map<String, Object> args(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(name, value);
    return m;
  }

  private void emit(Peer p, String action, Map<String, Object> args, Map<String, Object> state, TraceEvent e) {
    emit(p, action, args, state, e.seq());
  }

  private void emit(Peer p, String action, Map<String, Object> args, Map<String, Object> state, long seq) {
    ContractEvent event = new ContractEvent(p.id, action, args, state, seq);
    out.add(event);
    Answer now = p.up && !p.state.equals(LOOKING) && p.vote != null ? new Answer(p.state, p.vote) : null;
    if (p.answer != null && !p.answer.equals(now)) {
      p.ended.add(new EndedAnswer(p.answer, event));
    }
    p.answer = now;
  }

  private Map<String, Object> voteOf(TraceEvent e) {
    return ContractConverter.vote(e.longField("leader"), zxid(e), e.longField("electionEpoch"), e.longField("peerEpoch"));
  }

  private ConversionException error(TraceEvent e, String problem) {
    Path file = trace.source();
    int line = trace.events().indexOf(e) + 2; // line 1 is the header
    return new ConversionException(file, line, e.seq(), problem);
  }
}
