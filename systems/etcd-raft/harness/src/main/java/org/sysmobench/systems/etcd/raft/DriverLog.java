package org.sysmobench.systems.etcd.raft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Json;

/**
 * The parsed output of one driver run: a header line, one line per event, and an end line saying whether
 * the scenario reached its goal (see the driver's {@code main.go} for the format).
 *
 * @param header the header's fields (seed, scenario, nodes, ticks, options)
 * @param events the events in the order the driver ran them
 * @param ok whether the scenario reached its goal
 * @param reason why not, when it did not
 * @param end the end line's fields (rounds, events, crashes, proposals)
 */
public record DriverLog(Map<String, Object> header, List<RawEvent> events, boolean ok, String reason, Map<String, Object> end) {

  public DriverLog {
    header = Map.copyOf(header);
    events = List.copyOf(events);
    end = Map.copyOf(end);
  }

  /** Parses the driver's output; a line it cannot read is reported with its number. */
  public static DriverLog parse(List<String> lines) {
    List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
    if (nonBlank.size() < 2) {
      throw new RecordingFailedException("the driver printed " + nonBlank.size() + " lines, not a header and an end");
    }
    Map<String, Object> header = object(nonBlank.get(0), 1);
    if (!"sysmobench-etcd-raft-driver".equals(header.get("driver"))) {
      throw new RecordingFailedException("driver output line 1 is not its header: " + nonBlank.get(0));
    }
    Map<String, Object> end = object(nonBlank.get(nonBlank.size() - 1), nonBlank.size());
    if (!Boolean.TRUE.equals(end.get("end"))) {
      throw new RecordingFailedException("the driver's output ends without its end line (killed?)");
    }
    List<RawEvent> events = new ArrayList<>();
    for (int i = 1; i < nonBlank.size() - 1; i++) {
      Map<String, Object> line = object(nonBlank.get(i), i + 1);
      try {
        events.add(RawEvent.of(line));
      } catch (IllegalArgumentException e) {
        throw new RecordingFailedException("driver output line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new DriverLog(header, events, Boolean.TRUE.equals(end.get("ok")), String.valueOf(end.getOrDefault("reason", "")),
        end);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String line, int number) {
    Object v;
    try {
      v = Json.parse(line);
    } catch (Json.JsonSyntaxException e) {
      throw new RecordingFailedException("driver output line " + number + " is not JSON: " + e.getMessage());
    }
    if (!(v instanceof Map)) {
      throw new RecordingFailedException("driver output line " + number + " is not a JSON object");
    }
    return (Map<String, Object>) v;
  }

  /** A message as the driver prints it (etcd's {@code raftpb.Message}, entries reduced to their terms). */
  public record RawMessage(String type, long from, long to, long term, long index, long logTerm, List<Long> entries,
      long commit, boolean reject, long rejectHint) {
    public RawMessage {
      entries = List.copyOf(entries);
    }

    /** A message line; the driver leaves out fields at their zero value (0, false, no entries). */
    static RawMessage of(Map<String, Object> m) {
      Map<String, Object> f = new java.util.HashMap<>(Map.of("index", 0L, "logTerm", 0L, "entries", List.of(),
          "commit", 0L, "reject", false, "rejectHint", 0L));
      f.putAll(m);
      return new RawMessage(text(f, "type"), num(f, "from"), num(f, "to"), num(f, "term"), num(f, "index"),
          num(f, "logTerm"), nums(f, "entries"), num(f, "commit"), bool(f, "reject"), num(f, "rejectHint"));
    }
  }

  /** A node's state after an event: etcd's raft state name, term, vote, leader, commit index. */
  public record RawStatus(String state, long term, long vote, long lead, long commit) {
    static RawStatus of(Map<String, Object> m) {
      return new RawStatus(text(m, "state"), num(m, "term"), num(m, "vote"), num(m, "lead"), num(m, "commit"));
    }
  }

  /**
   * One input to one node and what followed it.
   *
   * @param seq the driver's sequence number
   * @param round the simulated round (ticks) it happened in
   * @param node the node that took the input
   * @param input {@code tick}, {@code step}, {@code propose}, {@code crash} or {@code restart}
   * @param msg the message stepped in (for {@code step})
   * @param error what {@code Step}/{@code Propose} returned, empty for none
   * @param sent the messages of the Ready that followed
   * @param status the node's state after the input (absent for a crash)
   * @param log the terms of the node's log after the input
   */
  public record RawEvent(long seq, long round, long node, String input, Optional<RawMessage> msg, String error,
      List<RawMessage> sent, Optional<RawStatus> status, List<Long> log) {
    public RawEvent {
      sent = List.copyOf(sent);
      log = List.copyOf(log);
    }

    @SuppressWarnings("unchecked")
    static RawEvent of(Map<String, Object> m) {
      Optional<RawMessage> msg = m.get("msg") instanceof Map<?, ?> mm
          ? Optional.of(RawMessage.of((Map<String, Object>) mm)) : Optional.empty();
      Optional<RawStatus> status = m.get("status") instanceof Map<?, ?> s
          ? Optional.of(RawStatus.of((Map<String, Object>) s)) : Optional.empty();
      List<RawMessage> sent = new ArrayList<>();
      if (m.get("sent") instanceof List<?> l) {
        for (Object o : l) {
          sent.add(RawMessage.of((Map<String, Object>) o));
        }
      }
      return new RawEvent(num(m, "seq"), num(m, "round"), num(m, "node"), text(m, "input"), msg,
          m.get("error") == null ? "" : String.valueOf(m.get("error")), sent, status, nums(m, "log"));
    }
  }

  private static String text(Map<String, Object> m, String field) {
    if (!(m.get(field) instanceof String s)) {
      throw new IllegalArgumentException("field '" + field + "' is not a string: " + m.get(field));
    }
    return s;
  }

  private static long num(Map<String, Object> m, String field) {
    if (!(m.get(field) instanceof Long n)) {
      throw new IllegalArgumentException("field '" + field + "' is not an integer: " + m.get(field));
    }
    return n;
  }

  private static boolean bool(Map<String, Object> m, String field) {
    if (!(m.get(field) instanceof Boolean b)) {
      throw new IllegalArgumentException("field '" + field + "' is not a boolean: " + m.get(field));
    }
    return b;
  }

  private static List<Long> nums(Map<String, Object> m, String field) {
    if (!(m.get(field) instanceof List<?> l)) {
      throw new IllegalArgumentException("field '" + field + "' is not a list: " + m.get(field));
    }
    List<Long> out = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof Long n)) {
        throw new IllegalArgumentException("field '" + field + "' holds a non-integer: " + o);
      }
      out.add(n);
    }
    return out;
  }
}
