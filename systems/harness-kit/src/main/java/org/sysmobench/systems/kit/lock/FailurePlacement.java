package org.sysmobench.systems.kit.lock;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.systems.kit.ContractEvent;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * Puts failed attempts ({@code tryLock()} returning false) into the global order of the state-changing
 * events.
 *
 * <p>Why this is needed: the agent records an acquisition after it happened and a release before it
 * happens, so ownership in the recorded order is always a sub-interval of the real one and needs no
 * fixing. A failed attempt changes nothing, and its real moment lies anywhere between the method's entry
 * and exit; recording it at exit alone can put it after the owner's release, where it looks
 * impossible. So each failure is placed at the latest point inside its entry..exit window at which the
 * recorded history shows the lock unavailable to that thread. If there is no such point (the owner's
 * events were recorded late on a busy machine), the trace cannot be explained honestly and is refused.
 *
 * @param <S> the synchronizer's state as the recorded history shows it
 */
public final class FailurePlacement<S> {

  /** The synchronizer's recorded state, replayed event by event. */
  public interface Model<S> {
    S initial();

    S apply(S state, ContractEvent event);

    /** Whether the failed attempt is possible in this state (the lock is unavailable to its thread). */
    boolean canFail(S state, ContractEvent failure);
  }

  /** A state-changing event at its raw sequence number. */
  public record Placed(long seq, ContractEvent event) {}

  /** A failed attempt with the raw sequence numbers of its method's entry and exit. */
  public record Attempt(long entrySeq, long exitSeq, ContractEvent event) {}

  private final Model<S> model;

  public FailurePlacement(Model<S> model) {
    this.model = model;
  }

  /**
   * The merged order.
   *
   * @param placed state-changing events in raw order
   * @param failures failed attempts in order of their exit
   * @throws RecordingFailedException if a failure fits nowhere in its window
   */
  public List<ContractEvent> merge(List<Placed> placed, List<Attempt> failures) {
    List<S> states = new ArrayList<>(); // states.get(i + 1) is the state after placed[i]
    S s = model.initial();
    states.add(s);
    for (Placed p : placed) {
      s = model.apply(s, p.event());
      states.add(s);
    }
    List<List<ContractEvent>> after = new ArrayList<>(); // after.get(i + 1): failures right after placed[i]
    for (int i = 0; i <= placed.size(); i++) {
      after.add(new ArrayList<>());
    }
    for (Attempt a : failures) {
      int chosen = Integer.MIN_VALUE;
      for (int i = placed.size() - 1; i >= -1; i--) {
        boolean startsBeforeExit = i == -1 || placed.get(i).seq() < a.exitSeq();
        boolean gapReachesIntoWindow = i + 1 == placed.size() || placed.get(i + 1).seq() > a.entrySeq();
        if (!startsBeforeExit) {
          continue;
        }
        if (!gapReachesIntoWindow) {
          break;
        }
        if (model.canFail(states.get(i + 1), a.event())) {
          chosen = i;
          break;
        }
      }
      if (chosen == Integer.MIN_VALUE) {
        throw new RecordingFailedException("failed " + a.event().action() + " of " + a.event().node()
            + " (raw seq " + a.entrySeq() + ".." + a.exitSeq() + ") fits nowhere: the recorded history shows the lock "
            + "available throughout its window");
      }
      after.get(chosen + 1).add(a.event());
    }
    List<ContractEvent> out = new ArrayList<>(after.get(0));
    for (int i = 0; i < placed.size(); i++) {
      out.add(placed.get(i).event());
      out.addAll(after.get(i + 1));
    }
    return out;
  }
}
