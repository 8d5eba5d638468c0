package org.sysmobench.systems.jdk.rwlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sysmobench.systems.kit.lock.LockPlan;

/**
 * The driver's sections, chosen by the seed ({@link LockPlan}: 2 or 3 threads, fair or non-fair): 3 to 5
 * sections per thread mixing reads (most), writes, downgrades, attempted upgrades (a reader's write
 * tryLock, which fails) and stray read unlocks by a thread that reads nothing (the first two threads open
 * with a write and a later write tryLock, so that failures occur; t1's re-enters, then t1 downgrades, and
 * t2 tries to read while t1 still writes, then attempts an upgrade), re-entry up to {@link #MAX_DEPTH}, millisecond sleeps for contention.
 */
public final class RwDriverPlan {
  public static final int MAX_DEPTH = 2;

  private RwDriverPlan() {}

  public static LockPlan<Section> fromSeed(long seed) {
    return LockPlan.fromSeed(seed, RwDriverPlan::sections);
  }

  private static List<Section> sections(SplittableRandom rnd, int i) {
    List<Section> sections = new ArrayList<>();
    int count = 3 + rnd.nextInt(3);
    for (int s = 0; s < count; s++) {
      int k = rnd.nextInt(10);
      Section.Kind kind = k < 4 ? Section.Kind.READ : k < 6 ? Section.Kind.WRITE : k < 7 ? Section.Kind.DOWNGRADE
          : k < 9 ? Section.Kind.UPGRADE_ATTEMPT : Section.Kind.STRAY_UNLOCK;
      boolean tryFirst = (kind == Section.Kind.READ || kind == Section.Kind.WRITE) && rnd.nextInt(10) < 4;
      if (s == 0 && i <= 2) {
        // t1 opens alone with a write tryLock (it succeeds) held for a while, and t2, starting a moment
        // later, with a write tryLock that fails: both outcomes occur in every trace.
        kind = Section.Kind.WRITE;
        tryFirst = true;
      }
      if (s == 1 && i == 2) {
        // t2 then tries to read while t1 still writes (t1 holds its opening write 40 ms, t2 starts 15 ms
        // in): a failed read tryLock occurs in every trace.
        kind = Section.Kind.READ;
        tryFirst = true;
      }
      if (s == 1 && i == 1 || s == 2 && i == 2) {
        // t1 then downgrades and t2 attempts an upgrade: both occur in every trace.
        kind = i == 1 ? Section.Kind.DOWNGRADE : Section.Kind.UPGRADE_ATTEMPT;
        tryFirst = false;
      }
      int depth = rnd.nextInt(10) < 7 ? 1 : MAX_DEPTH;
      if (s == 0 && i == 1) {
        depth = MAX_DEPTH; // t1's opening write re-enters: write re-entry occurs in every trace
      }
      int hold = s == 0 && i == 1 ? 40 : 1 + rnd.nextInt(4);
      sections.add(new Section(kind, tryFirst, depth, hold, rnd.nextInt(3)));
    }
    return sections;
  }
}
