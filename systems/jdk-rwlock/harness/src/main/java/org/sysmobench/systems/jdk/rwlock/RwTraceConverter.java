package org.sysmobench.systems.jdk.rwlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.systems.jdk.reentrantlock.FailurePlacement;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.TraceEvent;

/**
 * Turns the agent's raw {@code ReentrantReadWriteLock} events into the task's contract: {@code reads}
 * and {@code writes} are the acting thread's read and write hold counts after the event (for a release,
 * recorded at entry, the count it saw minus one; an unlock of a lock the thread does not hold throws and is
 * no event). Failed tryLocks are placed by {@link FailurePlacement};
 * parks count only with this lock's synchronizer as blocker; wake-ups only of driver threads.
 */
public final class RwTraceConverter {
  private final Set<String> threads;

  public RwTraceConverter(Set<String> threads) {
    this.threads = Set.copyOf(threads);
  }

  public List<ContractEvent> convert(List<TraceEvent> raw) {
    long sync = raw.stream().filter(e -> e.field("sync").isPresent()).findFirst()
        .map(e -> e.longField("sync")).orElse(Long.MIN_VALUE);
    List<FailurePlacement.Placed> placed = new ArrayList<>();
    List<FailurePlacement.Attempt> failures = new ArrayList<>();
    Map<String, Long> tryEntry = new HashMap<>();
    for (TraceEvent e : raw) {
      String t = e.node();
      if (!threads.contains(t)) {
        continue;
      }
      switch (e.event()) {
        case "ReadLocked" -> placed.add(new FailurePlacement.Placed(e.seq(), event(t, "ReadLock", holds(e, 0, 0))));
        case "WriteLocked" -> placed.add(new FailurePlacement.Placed(e.seq(), event(t, "WriteLock", holds(e, 0, 0))));
        // An unlock of a lock the thread does not hold throws and changes nothing: no event.
        case "ReadUnlockCalled" -> {
          if (e.field("r").isEmpty() || e.longField("r") > 0) {
            placed.add(new FailurePlacement.Placed(e.seq(), event(t, "ReadUnlock", holds(e, -1, 0))));
          }
        }
        case "WriteUnlockCalled" -> {
          if (e.field("w").isEmpty() || e.longField("w") > 0) {
            placed.add(new FailurePlacement.Placed(e.seq(), event(t, "WriteUnlock", holds(e, 0, -1))));
          }
        }
        case "TryReadCalled", "TryWriteCalled" -> tryEntry.put(t, e.seq());
        case "TryReadReturned", "TryWriteReturned" -> {
          String mode = e.event().startsWith("TryRead") ? "Read" : "Write";
          if (Boolean.TRUE.equals(e.field("ok").orElse(null))) {
            placed.add(new FailurePlacement.Placed(e.seq(), event(t, "Try" + mode + "Lock", holds(e, 0, 0))));
          } else {
            Long entry = tryEntry.get(t);
            if (entry == null) {
              throw new RecordingFailedException("tryLock exit of " + t + " at raw seq " + e.seq() + " without its entry");
            }
            failures.add(new FailurePlacement.Attempt(entry, e.seq(), event(t, "Try" + mode + "LockFail", holds(e, 0, 0))));
          }
        }
        case "ParkCalled" -> {
          if (e.field("blocker").map(b -> ((Number) b).longValue() == sync).orElse(false)) {
            placed.add(new FailurePlacement.Placed(e.seq(), new ContractEvent(t, "Park", Map.of("t", t), Map.of())));
          }
        }
        case "UnparkCalled" -> {
          Optional<String> u = e.stringField("target").filter(threads::contains);
          u.ifPresent(target -> {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("t", t);
            args.put("u", target);
            placed.add(new FailurePlacement.Placed(e.seq(), new ContractEvent(t, "Unpark", args, Map.of())));
          });
        }
        default -> throw new RecordingFailedException("unknown raw event '" + e.event() + "' at seq " + e.seq());
      }
    }
    return new FailurePlacement<>(new CountsModel()).merge(placed, failures);
  }

  private static Map<String, Object> holds(TraceEvent e, int dr, int dw) {
    if (e.field("r").isEmpty() || e.field("w").isEmpty()) {
      throw new RecordingFailedException("raw " + e.event() + " at seq " + e.seq() + " lacks its hold counts");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reads", e.longField("r") + dr);
    m.put("writes", e.longField("w") + dw);
    return m;
  }

  private static ContractEvent event(String t, String action, Map<String, Object> state) {
    return new ContractEvent(t, action, Map.of("t", t), state);
  }

  /** Recorded read and write counts per thread: {@code [reads, writes]}. */
  static final class CountsModel implements FailurePlacement.Model<Map<String, long[]>> {
    @Override
    public Map<String, long[]> initial() {
      return Map.of();
    }

    @Override
    public Map<String, long[]> apply(Map<String, long[]> state, ContractEvent event) {
      if (!event.state().containsKey("reads")) {
        return state;
      }
      Map<String, long[]> next = new HashMap<>(state);
      next.put(event.node(), new long[] {((Number) event.state().get("reads")).longValue(),
          ((Number) event.state().get("writes")).longValue()});
      return next;
    }

    /** A read fails while another writes; a write while another reads or writes, or while it only reads itself. */
    @Override
    public boolean canFail(Map<String, long[]> state, ContractEvent failure) {
      boolean write = failure.action().equals("TryWriteLockFail");
      long[] own = state.getOrDefault(failure.node(), new long[] {0, 0});
      return write && own[0] > 0 && own[1] == 0 || state.entrySet().stream().filter(x -> !x.getKey().equals(failure.node()))
          .anyMatch(x -> x.getValue()[1] > 0 || (write && x.getValue()[0] > 0));
    }
  }
}
