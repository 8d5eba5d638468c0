package org.sysmobench.systems.jdk.rwlock;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.lock.FailurePlacement;
import org.sysmobench.systems.kit.lock.LockEventConverter;
import org.sysmobench.trace.TraceEvent;

/**
 * Turns the agent's raw {@code ReentrantReadWriteLock} events into the task's contract: {@code reads}
 * and {@code writes} are the acting thread's read and write hold counts after the event (for a release,
 * recorded at entry, the count it saw minus one; an unlock of a lock the thread does not hold throws and is
 * no event). Failed tryLocks, parks and wake-ups as {@link LockEventConverter} does them.
 */
public final class RwTraceConverter extends LockEventConverter<Map<String, long[]>> {
  public RwTraceConverter(Set<String> threads) {
    super(threads);
  }

  @Override
  protected boolean convertLockEvent(TraceEvent e, Events out) {
    String t = e.node();
    switch (e.event()) {
      case "ReadLocked" -> out.place(e, event(t, "ReadLock", holds(e, 0, 0)));
      case "WriteLocked" -> out.place(e, event(t, "WriteLock", holds(e, 0, 0)));
      case "ReadUnlockCalled" -> {
        if (heldAtEntry(e, "r")) {
          out.place(e, event(t, "ReadUnlock", holds(e, -1, 0)));
        }
      }
      case "WriteUnlockCalled" -> {
        if (heldAtEntry(e, "w")) {
          out.place(e, event(t, "WriteUnlock", holds(e, 0, -1)));
        }
      }
      case "TryReadCalled", "TryWriteCalled" -> out.tryEntered(e);
      case "TryReadReturned" -> out.tryReturned(e, "TryReadLock", () -> holds(e, 0, 0));
      case "TryWriteReturned" -> out.tryReturned(e, "TryWriteLock", () -> holds(e, 0, 0));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected FailurePlacement.Model<Map<String, long[]>> placementModel() {
    return new CountsModel();
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
