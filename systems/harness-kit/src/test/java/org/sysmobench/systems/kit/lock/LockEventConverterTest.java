package org.sysmobench.systems.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.TraceEvent;

/** The shared part of a JDK lock's conversion, with a one-method mutex as the lock. */
class LockEventConverterTest {
  /** A mutex whose raw events are Acquired (held=1), TryCalled/TryReturned and ReleaseCalled. */
  static final class MutexConverter extends LockEventConverter<Map<String, Long>> {
    MutexConverter(Set<String> threads) {
      super(threads);
    }

    @Override
    protected boolean convertLockEvent(TraceEvent e, Events out) {
      switch (e.event()) {
        case "Acquired" -> out.place(e, event(e.node(), "Acquire", Map.of("held", 1L)));
        case "TryCalled" -> out.tryEntered(e);
        case "TryReturned" -> out.tryReturned(e, "TryAcquire", () -> Map.of("held", e.field("ok").get().equals(true) ? 1L : 0L));
        case "ReleaseCalled" -> {
          if (heldAtEntry(e, "held")) {
            out.place(e, event(e.node(), "Release", Map.of("held", 0L)));
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
      return new FailurePlacement.Model<>() {
        @Override
        public Map<String, Long> initial() {
          return Map.of();
        }

        @Override
        public Map<String, Long> apply(Map<String, Long> state, ContractEvent event) {
          Map<String, Long> next = new HashMap<>(state);
          event.state().forEach((k, v) -> next.put(event.node(), (Long) v));
          return next;
        }

        @Override
        public boolean canFail(Map<String, Long> state, ContractEvent failure) {
          return state.entrySet().stream().anyMatch(x -> !x.getKey().equals(failure.node()) && x.getValue() > 0);
        }
      };
    }
  }

  private final List<TraceEvent> raw = new ArrayList<>();

  private void raw(String node, String event, Map<String, Object> fields) {
    raw.add(new TraceEvent(raw.size() + 1, node, event, Optional.empty(), fields));
  }

  private static List<String> actions(List<ContractEvent> events) {
    return events.stream().map(e -> e.action() + "(" + String.join(",", e.args().values().stream().map(Object::toString).toList()) + ")")
        .toList();
  }

  @Test
  void keepsOnlyTheLocksParksAndDriverWakeUpsAndPlacesAFailureWhileAnotherHolds() {
    raw("t1", "ParkCalled", Map.of("blocker", 7L, "sync", 7L));
    raw("t1", "Acquired", Map.of());
    raw("t2", "TryCalled", Map.of());
    raw("t1", "ReleaseCalled", Map.of("held", 1L)); // recorded before t2's failure returned
    raw("t2", "TryReturned", Map.of("ok", false));
    raw("t2", "ParkCalled", Map.of("blocker", 99L)); // another synchronizer's park
    raw("t1", "UnparkCalled", Map.of("target", "t2"));
    raw("t1", "UnparkCalled", Map.of("target", "Reference Handler")); // not a driver thread
    raw("main", "Acquired", Map.of()); // not a driver thread
    raw("t2", "ReleaseCalled", Map.of("held", 0L)); // a stray release: no event

    List<ContractEvent> out = new MutexConverter(Set.of("t1", "t2")).convert(raw);

    assertThat(actions(out)).containsExactly("Park(t1)", "Acquire(t1)", "TryAcquireFail(t2)", "Release(t1)",
        "Unpark(t1,t2)");
    assertThat(out.get(4).args()).containsExactly(Map.entry("t", "t1"), Map.entry("u", "t2"));
  }

  @Test
  void aSuccessfulOneShotAcquisitionIsPlacedAtItsExit() {
    raw("t1", "TryCalled", Map.of());
    raw("t1", "TryReturned", Map.of("ok", true));
    assertThat(actions(new MutexConverter(Set.of("t1")).convert(raw))).containsExactly("TryAcquire(t1)");
  }

  @Test
  void refusesAFailureThatFitsNowhereAnUnknownEventAndAnExitWithoutEntry() {
    raw("t2", "TryCalled", Map.of());
    raw("t2", "TryReturned", Map.of("ok", false));
    assertThatThrownBy(() -> new MutexConverter(Set.of("t2")).convert(raw)).isInstanceOf(RecordingFailedException.class)
        .hasMessageContaining("fits nowhere");

    assertThatThrownBy(() -> new MutexConverter(Set.of("t1")).convert(List.of(
        new TraceEvent(1, "t1", "Nonsense", Optional.empty(), Map.of())))).isInstanceOf(RecordingFailedException.class)
        .hasMessage("unknown raw event 'Nonsense' at seq 1");

    assertThatThrownBy(() -> new MutexConverter(Set.of("t1")).convert(List.of(
        new TraceEvent(3, "t1", "TryReturned", Optional.empty(), Map.of("ok", false)))))
        .isInstanceOf(RecordingFailedException.class).hasMessage("tryLock exit of t1 at raw seq 3 without its entry");
  }
}
