package org.sysmobench.agents.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which units an author translates when a task has more than it may afford: a seeded random subset,
 * kept in source order, with the others listed so that the transcript says what was left out.
 *
 * @param chosen the units to translate, in source order
 * @param dropped the units left out, in source order
 */
public record UnitSelection(List<SourceUnit> chosen, List<SourceUnit> dropped) {
  public UnitSelection {
    chosen = List.copyOf(chosen);
    dropped = List.copyOf(dropped);
  }

  /** All units when there are at most {@code max}; else {@code max} of them chosen with {@code seed}. */
  public static UnitSelection of(List<SourceUnit> units, int max, long seed) {
    if (max < 1) {
      throw new IllegalArgumentException("max units must be >= 1, was " + max);
    }
    if (units.size() <= max) {
      return new UnitSelection(units, List.of());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<Integer> keep = new ArrayList<>(order.subList(0, max));
    Collections.sort(keep);
    List<SourceUnit> chosen = new ArrayList<>();
    List<SourceUnit> dropped = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      (keep.contains(i) ? chosen : dropped).add(units.get(i));
    }
    return new UnitSelection(chosen, dropped);
  }
}
