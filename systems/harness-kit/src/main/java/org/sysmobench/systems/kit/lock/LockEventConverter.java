package org.sysmobench.systems.kit.lock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.TraceEvent;

/**
 * Turns the agent's raw events of one JDK lock into a task's contract, in raw order with failed
 * attempts placed by {@link FailurePlacement}. What every such lock shows the same way is done here:
 *
 * <pre>
 * raw                                       contract
 * ParkCalled    LockSupport.park entry      Park(t)      (only parks whose blocker is this lock's Sync)
 * UnparkCalled  LockSupport.unpark entry    Unpark(t, u) (only wake-ups of driver threads)
 * a one-shot acquisition's entry and exit   its action, or action + "Fail" when it returned false
 * </pre>
 *
 * Events of threads that are not the driver's are dropped; a raw event neither this class nor the
 * subclass knows refuses the recording. The subclass converts its lock's own events.
 *
 * @param <S> the lock's state as the recorded history shows it, for {@link FailurePlacement}
 */
public abstract class LockEventConverter<S> {
  private final Set<String> threads;

  /** @param threads the driver's thread names, which are the contract's node ids */
  protected LockEventConverter(Set<String> threads) {
    this.threads = Set.copyOf(threads);
  }

  /** The events of one run, so far: what a subclass adds its lock's events to. */
  protected static final class Events {
    private final List<FailurePlacement.Placed> placed = new ArrayList<>();
    private final List<FailurePlacement.Attempt> failures = new ArrayList<>();
    private final Map<String, Long> tryEntry = new HashMap<>();

    private Events() {}

    /** A state-changing event at the raw event's place. */
    public void place(TraceEvent raw, ContractEvent event) {
      placed.add(new FailurePlacement.Placed(raw.seq(), event));
    }

    /** The entry of a one-shot acquisition ({@code tryLock()}): the start of a failure's window. */
    public void tryEntered(TraceEvent raw) {
      tryEntry.put(raw.node(), raw.seq());
    }

    /**
     * The exit of a one-shot acquisition: {@code action} where it happened when it succeeded
     * ({@code ok=true}), {@code action + "Fail"} placed inside its entry..exit window when it failed.
     */
    public void tryReturned(TraceEvent raw, String action, Supplier<Map<String, Object>> state) {
      String t = raw.node();
      if (Boolean.TRUE.equals(raw.field("ok").orElse(null))) {
        place(raw, event(t, action, state.get()));
      } else {
        Long entry = tryEntry.get(t);
        if (entry == null) {
          throw new RecordingFailedException("tryLock exit of " + t + " at raw seq " + raw.seq() + " without its entry");
        }
        failures.add(new FailurePlacement.Attempt(entry, raw.seq(), event(t, action + "Fail", state.get())));
      }
    }
  }

  /** The run in the contract vocabulary. */
  public final List<ContractEvent> convert(List<TraceEvent> raw) {
    long sync = raw.stream().filter(e -> e.field("sync").isPresent()).findFirst()
        .map(e -> e.longField("sync")).orElse(Long.MIN_VALUE);
    Events out = new Events();
    for (TraceEvent e : raw) {
      String t = e.node();
      if (!threads.contains(t)) {
        continue;
      }
      switch (e.event()) {
        case "ParkCalled" -> {
          if (e.field("blocker").map(b -> ((Number) b).longValue() == sync).orElse(false)) {
            out.place(e, new ContractEvent(t, "Park", Map.of("t", t), Map.of()));
          }
        }
        case "UnparkCalled" -> e.stringField("target").filter(threads::contains)
            .ifPresent(u -> out.place(e, new ContractEvent(t, "Unpark", threadAndTarget(t, u), Map.of())));
        default -> {
          if (!convertLockEvent(e, out)) {
            throw new RecordingFailedException("unknown raw event '" + e.event() + "' at seq " + e.seq());
          }
        }
      }
    }
    return new FailurePlacement<>(placementModel()).merge(out.placed, out.failures);
  }

  /**
   * Converts one raw event of the lock's own methods, of a driver thread.
   *
   * @return false if the event is not one of the lock's (the recording is then refused)
   */
  protected abstract boolean convertLockEvent(TraceEvent raw, Events out);

  /** The lock's recorded state, for placing failed attempts. */
  protected abstract FailurePlacement.Model<S> placementModel();

  /**
   * Whether a release recorded at entry changes anything: the thread held what it releases (a count of
   * 0 means the JDK throws and nothing changes); a raw event without the count is taken as held.
   */
  protected static boolean heldAtEntry(TraceEvent raw, String count) {
    return raw.field(count).isEmpty() || raw.longField(count) > 0;
  }

  /** A contract event of thread {@code t} with the single argument {@code t}. */
  protected static ContractEvent event(String t, String action, Map<String, Object> state) {
    return new ContractEvent(t, action, Map.of("t", t), state);
  }

  private static Map<String, Object> threadAndTarget(String t, String u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", t);
    m.put("u", u);
    return m;
  }
}
