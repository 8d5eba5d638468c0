package org.sysmobench.systems.zookeeper.fle.contract;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replaces each 64-bit zxid of one trace by its rank among the trace's distinct zxids (0 stays 0, the
 * smallest non-zero zxid becomes 1, ...). Why: the election only compares zxids, and a real zxid
 * ({@code epoch << 32 | counter}) does not fit a TLA+ integer; ranks keep every comparison and stay small
 * enough for model checking. A negative zxid is no zxid: FLE clears its proposal to -1 when it shuts
 * down, and a peer's threads still send it while winding down; it gets no rank (those events are not
 * converted).
 */
public final class ZxidRanks {
  private final Map<Long, Integer> rank;

  private ZxidRanks(Map<Long, Integer> rank) {
    this.rank = rank;
  }

  public static ZxidRanks of(SortedSet<Long> zxids) {
    Map<Long, Integer> m = new TreeMap<>();
    int next = 1;
    for (long z : new TreeSet<>(zxids)) {
      if (z < 0) {
        continue;
      }
      m.put(z, z == 0 ? 0 : next++);
    }
    return new ZxidRanks(Map.copyOf(m));
  }

  /** The rank of a zxid that was passed to {@link #of}. */
  public int rankOf(long zxid) {
    Integer r = rank.get(zxid);
    if (r == null) {
      throw new IllegalArgumentException("zxid " + zxid + " was not ranked");
    }
    return r;
  }
}
