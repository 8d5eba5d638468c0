package org.sysmobench.systems.jdk.reentrantlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.TraceEvent;

/**
 * Turns the agent's raw {@code ReentrantLock} events into the task's contract.
 *
 * <pre>
 * raw (instrumentation.yaml)                contract
 * Locked        lock() exit                 Lock(t)         holds = hold count after
 * TryLockReturned ok=true                   TryLock(t)      holds = hold count after
 * TryLockReturned ok=false (+ its entry)    TryLockFail(t)  holds = 0, placed by FailurePlacement
 * UnlockCalled  unlock() entry              Unlock(t)       holds = hold count before - 1 (what unlock leaves)
 * ParkCalled    LockSupport.park entry      Park(t)         (only parks whose blocker is this lock's Sync)
 * UnparkCalled  LockSupport.unpark entry    Unpark(t, u)    (only wake-ups of driver threads)
 * </pre>
 *
 * Unlock is recorded at entry, while the lock is still held; the hold count it leaves is the one it saw
 * minus one, because only the owner changes its own count. An unlock by a thread that holds nothing (hold
 * count 0 at entry) throws {@code IllegalMonitorStateException} and changes nothing: it is no event.
 */
public final class LockTraceConverter {
  private final Set<String> threads;

  /** @param threads the driver's thread names, which are the contract's node ids */
  public LockTraceConverter(Set<String> threads) {
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
        case "Locked" -> placed.add(new FailurePlacement.Placed(e.seq(), event(t, "Lock", holds(e, 0))));
        case "TryLockCalled" -> tryEntry.put(t, e.seq());
        case "TryLockReturned" -> {
          if (Boolean.TRUE.equals(e.field("ok").orElse(null))) {
            placed.add(new FailurePlacement.Placed(e.seq(), event(t, "TryLock", holds(e, 0))));
          } else {
            Long entry = tryEntry.get(t);
            if (entry == null) {
              throw new RecordingFailedException("tryLock exit of " + t + " at raw seq " + e.seq() + " without its entry");
            }
            failures.add(new FailurePlacement.Attempt(entry, e.seq(), event(t, "TryLockFail", holds(e, 0))));
          }
        }
        case "UnlockCalled" -> {
          if (e.field("holds").isEmpty() || e.longField("holds") > 0) {
            placed.add(new FailurePlacement.Placed(e.seq(), event(t, "Unlock", holds(e, -1))));
          }
        }
        case "ParkCalled" -> {
          if (e.field("blocker").map(b -> ((Number) b).longValue() == sync).orElse(false)) {
            placed.add(new FailurePlacement.Placed(e.seq(), new ContractEvent(t, "Park", Map.of("t", t), Map.of())));
          }
        }
        case "UnparkCalled" -> {
          Optional<String> u = e.stringField("target").filter(threads::contains);
          u.ifPresent(target -> placed.add(new FailurePlacement.Placed(e.seq(),
              new ContractEvent(t, "Unpark", orderedArgs(t, target), Map.of()))));
        }
        default -> throw new RecordingFailedException("unknown raw event '" + e.event() + "' at seq " + e.seq());
      }
    }
    return new FailurePlacement<>(new HoldsModel()).merge(placed, failures);
  }

  private static Map<String, Object> orderedArgs(String t, String u) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("t", t);
    m.put("u", u);
    return m;
  }

  private static Map<String, Object> holds(TraceEvent e, int delta) {
    if (e.field("holds").isEmpty()) {
      throw new RecordingFailedException("raw " + e.event() + " at seq " + e.seq() + " lacks its hold count");
    }
    return Map.of("holds", e.longField("holds") + delta);
  }

  private static ContractEvent event(String t, String action, Map<String, Object> state) {
    return new ContractEvent(t, action, Map.of("t", t), state);
  }

  /** Recorded hold counts per thread: a failed tryLock needs another thread holding the lock. */
  static final class HoldsModel implements FailurePlacement.Model<Map<String, Long>> {
    @Override
    public Map<String, Long> initial() {
      return Map.of();
    }

    @Override
    public Map<String, Long> apply(Map<String, Long> state, ContractEvent event) {
      Object h = event.state().get("holds");
      if (h == null) {
        return state;
      }
      Map<String, Long> next = new HashMap<>(state);
      next.put(event.node(), ((Number) h).longValue());
      return next;
    }

    @Override
    public boolean canFail(Map<String, Long> state, ContractEvent failure) {
      return state.entrySet().stream().anyMatch(x -> !x.getKey().equals(failure.node()) && x.getValue() > 0);
    }
  }
}
