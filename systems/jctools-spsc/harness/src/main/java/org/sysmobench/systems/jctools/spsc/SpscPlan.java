package org.sysmobench.systems.jctools.spsc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The driver's script, chosen by a seed: the producer offers {@code 1..values} in order into a queue of
 * {@link #CAPACITY}, the consumer polls until it has them all. The consumer starts first (so it sees the
 * queue empty), and after its first element it pauses while the producer offers a burst larger than the
 * capacity (so the producer sees it full); the remaining pauses are random milliseconds.
 *
 * @param producerGapsMs pause after each offer, by value index
 * @param consumerGapsMs pause after each element received, by count received
 */
public record SpscPlan(long seed, int values, List<Integer> producerGapsMs, List<Integer> consumerGapsMs) {
  /** Requested capacity; a power of two, so JCTools uses it as is. */
  public static final int CAPACITY = 4;
  static final int BURST = CAPACITY + 2;

  public SpscPlan {
    producerGapsMs = List.copyOf(producerGapsMs);
    consumerGapsMs = List.copyOf(consumerGapsMs);
  }

  public static SpscPlan fromSeed(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int values = 10 + rnd.nextInt(8);
    List<Integer> p = new ArrayList<>();
    List<Integer> c = new ArrayList<>();
    for (int i = 0; i < values; i++) {
      p.add(i < BURST ? 0 : rnd.nextInt(3));
      c.add(i == 0 ? 8 : rnd.nextInt(3));
    }
    return new SpscPlan(seed, values, p, c);
  }
}
