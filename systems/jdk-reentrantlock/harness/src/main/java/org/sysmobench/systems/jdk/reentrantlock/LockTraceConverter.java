package org.sysmobench.systems.jdk.reentrantlock;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.lock.FailurePlacement;
import org.sysmobench.systems.kit.lock.LockEventConverter;
import org.sysmobench.trace.TraceEvent;

/**
 * Turns the agent's raw {@code ReentrantLock} events into the task's contract (parks, wake-ups and the
 * placement of failed attempts as {@link LockEventConverter} does them).
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
public final class LockTraceConverter extends LockEventConverter<Map<String, Long>> {
  /** @param threads the driver's thread names, which are the contract's node ids */
  public LockTraceConverter(Set<String> threads) {
    super(threads);
  }

  @Override
  protected boolean convertLockEvent(TraceEvent e, Events out) {
    String t = e.node();
    switch (e.event()) {
      case "Locked" -> out.place(e, event(t, "Lock", holds(e, 0)));
      case "TryLockCalled" -> out.tryEntered(e);
      case "TryLockReturned" -> out.tryReturned(e, "TryLock", () -> holds(e, 0));
      case "UnlockCalled" -> {
        if (heldAtEntry(e, "holds")) {
          out.place(e, event(t, "Unlock", holds(e, -1)));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected FailurePlacement.Model<Map<String, Long>> placementModel() {
    return new HoldsModel();
  }

  private static Map<String, Object> holds(TraceEvent e, int delta) {
    if (e.field("holds").isEmpty()) {
      throw new RecordingFailedException("raw " + e.event() + " at seq " + e.seq() + " lacks its hold count");
    }
    return Map.of("holds", e.longField("holds") + delta);
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
