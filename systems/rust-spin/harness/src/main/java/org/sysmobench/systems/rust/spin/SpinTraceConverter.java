package org.sysmobench.systems.rust.spin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * Turns a driver log into contract events: {@code LockCalled} becomes {@code BeginLock}, {@code Locked}
 * {@code Lock}, {@code TryLocked} {@code TryLock}, {@code Unlocking} {@code Unlock}; a failed attempt
 * becomes {@code TryLockFail}. Each event carries its thread's observed {@code held} and {@code spinning}.
 *
 * <p>Acquires and releases keep the driver's order, which is the real order of hand-overs (acquire
 * numbers are taken while holding, release numbers before releasing). A failed {@code try_lock} is known
 * only to have happened between its call and return numbers, and the lock was really held then; but
 * another thread may have taken the lock just before taking its own number, so the logged order can show
 * the lock free during the whole window. The failure is placed at the first point of its window where the
 * logged order shows the lock held; if there is none, the run is refused rather than bent to fit.
 */
public final class SpinTraceConverter {

  /** Converts, or throws {@link RecordingFailedException} saying which event cannot be explained. */
  public List<ContractEvent> convert(DriverLog log) {
    if (log.counter() != log.increments()) {
      throw new RecordingFailedException("the lock lost increments: counter " + log.counter() + ", increments "
          + log.increments());
    }
    List<RawEvent> ordered = new ArrayList<>();
    List<long[]> failWindows = new ArrayList<>();
    List<String> failThreads = new ArrayList<>();
    Map<String, Long> pendingTry = new LinkedHashMap<>();
    for (RawEvent e : log.events()) {
      switch (e.kind()) {
        case TryLockCalled -> pendingTry.put(e.thread(), e.seq());
        case TryLockFailed -> {
          Long called = pendingTry.remove(e.thread());
          if (called == null) {
            throw new RecordingFailedException("TryLockFailed of " + e.thread() + " (seq " + e.seq() + ") without its call");
          }
          failWindows.add(new long[] {called, e.seq()});
          failThreads.add(e.thread());
        }
        case TryLocked -> {
          pendingTry.remove(e.thread());
          ordered.add(e);
        }
        default -> ordered.add(e);
      }
    }
    // holderAfter[i]: who holds the lock after the first i ordered events, in the logged order.
    List<Optional<String>> holderAfter = new ArrayList<>();
    Optional<String> holder = Optional.empty();
    holderAfter.add(holder);
    for (RawEvent e : ordered) {
      switch (e.kind()) {
        case Locked, TryLocked -> {
          if (holder.isPresent()) {
            throw new RecordingFailedException(e.kind() + " of " + e.thread() + " (seq " + e.seq() + ") while "
                + holder.get() + " holds the lock");
          }
          holder = Optional.of(e.thread());
        }
        case Unlocking -> {
          if (!holder.equals(Optional.of(e.thread()))) {
            throw new RecordingFailedException("Unlocking of " + e.thread() + " (seq " + e.seq() + ") but the holder is "
                + holder.orElse("nobody"));
          }
          holder = Optional.empty();
        }
        default -> { }
      }
      holderAfter.add(holder);
    }
    // failsAt[i]: failed attempts placed after the first i ordered events.
    List<List<String>> failsAt = new ArrayList<>();
    for (int i = 0; i <= ordered.size(); i++) {
      failsAt.add(new ArrayList<>());
    }
    for (int f = 0; f < failWindows.size(); f++) {
      long called = failWindows.get(f)[0];
      long returned = failWindows.get(f)[1];
      int first = countBelow(ordered, called);
      int last = countBelow(ordered, returned);
      int at = -1;
      for (int i = first; i <= last && at < 0; i++) {
        Optional<String> h = holderAfter.get(i);
        if (h.isPresent() && !h.get().equals(failThreads.get(f))) {
          at = i;
        }
      }
      if (at < 0) {
        throw new RecordingFailedException("failed try_lock of " + failThreads.get(f) + " (seq " + called + ".." + returned
            + ") fits nowhere: the logged order shows the lock free throughout its window");
      }
      failsAt.get(at).add(failThreads.get(f));
    }
    List<ContractEvent> out = new ArrayList<>();
    for (int i = 0; i <= ordered.size(); i++) {
      for (String t : failsAt.get(i)) {
        out.add(event(t, "TryLockFail", false, false));
      }
      if (i < ordered.size()) {
        RawEvent e = ordered.get(i);
        switch (e.kind()) {
          case LockCalled -> out.add(event(e.thread(), "BeginLock", false, true));
          case Locked -> out.add(event(e.thread(), "Lock", true, false));
          case TryLocked -> out.add(event(e.thread(), "TryLock", true, false));
          case Unlocking -> out.add(event(e.thread(), "Unlock", false, false));
          default -> throw new IllegalStateException("unexpected " + e.kind());
        }
      }
    }
    return out;
  }

  /** How many ordered events have a sequence number below {@code seq} (they are sorted by it). */
  private static int countBelow(List<RawEvent> ordered, long seq) {
    int n = 0;
    while (n < ordered.size() && ordered.get(n).seq() < seq) {
      n++;
    }
    return n;
  }

  private static ContractEvent event(String thread, String action, boolean held, boolean spinning) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("held", held);
    state.put("spinning", spinning);
    return new ContractEvent(thread, action, Map.of("t", thread), state);
  }
}
