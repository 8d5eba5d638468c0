package org.sysmobench.systems.etcd.raft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.sysmobench.systems.etcd.raft.DriverLog.RawEvent;
import org.sysmobench.systems.etcd.raft.DriverLog.RawMessage;
import org.sysmobench.systems.etcd.raft.DriverLog.RawStatus;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * Turns a driver log into the task's contract events, one per driver event, each with the acting node's
 * observed state after it ({@code up}, {@code state}, {@code term}, {@code vote}, {@code lead},
 * {@code commit}, {@code log}; only {@code up} for a crash).
 *
 * <ul>
 *   <li>a tick after which a node is pre-candidate and sent only pre-vote requests: {@code Timeout(i)};
 *   <li>a tick after which a leader sent only heartbeats: {@code Heartbeat(i)};
 *   <li>a proposal at a leader: {@code ClientRequest(i)}; a crash and a restart: {@code Crash(i)}, {@code Restart(i)};
 *   <li>a message stepped in: the receive action of its kind with the message's fields as arguments
 *       ({@code i} the receiver, {@code j} the sender), e.g. {@code HandleAppend(i, j, mterm, mindex,
 *       mlogTerm, mentries, mcommit)} with the entries reduced to their terms.
 * </ul>
 *
 * <p>Anything else (a tick that did something else, a message kind this task leaves out, an error
 * returned by the library, a scenario that did not reach its goal) cannot be mapped honestly: the run is
 * refused with the reason, never bent to fit.
 *
 * <p>The trace's model constants are the node set and bounds generous enough for the trace: {@code MaxTerm}
 * above every term seen (a node campaigns only below it), {@code MaxLogLen} at least the longest log seen,
 * {@code MaxCrashes} and {@code MaxHeartbeats} at least the numbers of crashes and heartbeat rounds, each
 * rounded up (see {@link #roundUp}).
 */
public final class RaftTraceConverter {
  /** The contract's actions, in the order manifests count them. */
  public static final List<String> ACTIONS = List.of("Timeout", "Heartbeat", "ClientRequest", "Crash", "Restart",
      "HandlePreVote", "HandlePreVoteResponse", "HandleVote", "HandleVoteResponse", "HandleAppend",
      "HandleAppendResponse", "HandleHeartbeat", "HandleHeartbeatResponse");

  /** The contract events of a run and the model constants its replay needs. */
  public record Conversion(List<ContractEvent> events, Map<String, Object> constants) {
    public Conversion {
      events = List.copyOf(events);
      constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }
  }

  /** Converts, or throws {@link RecordingFailedException} saying which event cannot be mapped. */
  public Conversion convert(DriverLog log, int nodes) {
    if (!log.ok()) {
      throw new RecordingFailedException("the scenario did not reach its goal: " + log.reason());
    }
    List<ContractEvent> out = new ArrayList<>();
    long maxTerm = 0;
    int maxLog = 0;
    int crashes = 0;
    int heartbeats = 0;
    for (RawEvent e : log.events()) {
      if (!e.error().isEmpty()) {
        throw refuse(e, "the library returned an error: " + e.error());
      }
      if (e.node() < 1 || e.node() > nodes) {
        throw refuse(e, "node " + e.node() + " is not one of the " + nodes + " nodes");
      }
      ContractEvent c = event(e);
      out.add(c);
      if (c.action().equals("Crash")) {
        crashes++;
      } else if (c.action().equals("Heartbeat")) {
        heartbeats++;
      }
      maxLog = Math.max(maxLog, e.log().size());
      for (long t : e.log()) {
        maxTerm = Math.max(maxTerm, t);
      }
      if (e.status().isPresent()) {
        maxTerm = Math.max(maxTerm, e.status().get().term());
      }
      for (RawMessage m : e.sent()) {
        maxTerm = Math.max(maxTerm, m.term());
      }
      if (e.msg().isPresent()) {
        maxTerm = Math.max(maxTerm, e.msg().get().term());
      }
    }
    if (out.isEmpty()) {
      throw new RecordingFailedException("the run has no events");
    }
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("Nodes", nodeSet(nodes));
    constants.put("MaxTerm", Long.toString(roundUp(maxTerm + 1, 5)));
    constants.put("MaxLogLen", Long.toString(roundUp(maxLog, 10)));
    constants.put("MaxCrashes", Long.toString(roundUp(crashes, 2)));
    constants.put("MaxHeartbeats", Long.toString(roundUp(heartbeats, 10)));
    return new Conversion(out, constants);
  }

  /**
   * {@code value} rounded up to a multiple of {@code step}, at least {@code step}: traces of one cluster
   * size then mostly share their constants, and traces with the same constants replay in one TLC run.
   */
  static long roundUp(long value, long step) {
    return Math.max(step, (value + step - 1) / step * step);
  }

  /** The TLA+ set of node ids {@code 1..nodes}, as trace constants give it. */
  static String nodeSet(int nodes) {
    return LongStream.rangeClosed(1, nodes).mapToObj(Long::toString).collect(Collectors.joining(", ", "{", "}"));
  }

  private static ContractEvent event(RawEvent e) {
    String node = Long.toString(e.node());
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("i", e.node());
    switch (e.input()) {
      case "crash" -> {
        return new ContractEvent(node, "Crash", args, Map.of("up", false));
      }
      case "restart" -> {
        return new ContractEvent(node, "Restart", args, observed(e));
      }
      case "propose" -> {
        requireState(e, "StateLeader", "a proposal");
        return new ContractEvent(node, "ClientRequest", args, observed(e));
      }
      case "tick" -> {
        return new ContractEvent(node, tickAction(e), args, observed(e));
      }
      case "step" -> {
        RawMessage m = e.msg().orElseThrow(() -> refuse(e, "a step without its message"));
        if (m.to() != e.node()) {
          throw refuse(e, "a message to " + m.to() + " stepped into node " + e.node());
        }
        args.put("j", m.from());
        args.put("mterm", m.term());
        String action = switch (m.type()) {
          case "MsgPreVote", "MsgVote" -> {
            args.put("mindex", m.index());
            args.put("mlogTerm", m.logTerm());
            yield m.type().equals("MsgVote") ? "HandleVote" : "HandlePreVote";
          }
          case "MsgPreVoteResp", "MsgVoteResp" -> {
            args.put("mreject", m.reject());
            yield m.type().equals("MsgVoteResp") ? "HandleVoteResponse" : "HandlePreVoteResponse";
          }
          case "MsgApp" -> {
            args.put("mindex", m.index());
            args.put("mlogTerm", m.logTerm());
            args.put("mentries", m.entries());
            args.put("mcommit", m.commit());
            yield "HandleAppend";
          }
          case "MsgAppResp" -> {
            args.put("mindex", m.index());
            args.put("mreject", m.reject());
            args.put("mhint", m.rejectHint());
            args.put("mlogTerm", m.logTerm());
            yield "HandleAppendResponse";
          }
          case "MsgHeartbeat" -> {
            args.put("mcommit", m.commit());
            yield "HandleHeartbeat";
          }
          case "MsgHeartbeatResp" -> "HandleHeartbeatResponse";
          default -> throw refuse(e, "message kind " + m.type() + " is outside this task");
        };
        return new ContractEvent(node, action, args, observed(e));
      }
      default -> throw refuse(e, "unknown input '" + e.input() + "'");
    }
  }

  /** A tick that did something: an election timeout (pre-vote requests) or a leader's heartbeat. */
  private static String tickAction(RawEvent e) {
    String state = e.status().map(RawStatus::state).orElse("");
    if (state.equals("StatePreCandidate") && !e.sent().isEmpty()
        && e.sent().stream().allMatch(m -> m.type().equals("MsgPreVote"))) {
      return "Timeout";
    }
    if (state.equals("StateLeader") && !e.sent().isEmpty()
        && e.sent().stream().allMatch(m -> m.type().equals("MsgHeartbeat"))) {
      return "Heartbeat";
    }
    throw refuse(e, "a tick left the node " + state + " after sending "
        + e.sent().stream().map(RawMessage::type).toList() + "; only election timeouts and heartbeats are mapped");
  }

  private static void requireState(RawEvent e, String state, String what) {
    if (!e.status().map(RawStatus::state).orElse("").equals(state)) {
      throw refuse(e, what + " at a node in " + e.status().map(RawStatus::state).orElse("no state"));
    }
  }

  private static Map<String, Object> observed(RawEvent e) {
    RawStatus s = e.status().orElseThrow(() -> refuse(e, "no state recorded for a running node"));
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("up", true);
    state.put("state", role(e, s.state()));
    state.put("term", s.term());
    state.put("vote", s.vote());
    state.put("lead", s.lead());
    state.put("commit", s.commit());
    state.put("log", e.log());
    return state;
  }

  private static String role(RawEvent e, String etcdState) {
    return switch (etcdState) {
      case "StateFollower" -> "Follower";
      case "StatePreCandidate" -> "PreCandidate";
      case "StateCandidate" -> "Candidate";
      case "StateLeader" -> "Leader";
      default -> throw refuse(e, "raft state " + etcdState + " is outside this task");
    };
  }

  private static RecordingFailedException refuse(RawEvent e, String why) {
    return new RecordingFailedException("event seq " + e.seq() + " (node " + e.node() + ", " + e.input() + "): " + why);
  }
}
