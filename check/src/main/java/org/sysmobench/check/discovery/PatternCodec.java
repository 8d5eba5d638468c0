package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * How a search reports, for every state (or step) it explores, which of up to {@value #MAX_ITEMS}
 * predicates are violated there, through the evaluation hook {@code SysMoBench_Fire} that takes one
 * 31-bit integer: the joint violation pattern is what relates two predicates (one implies the other when
 * no explored state violates the second and satisfies the first), so it cannot be reported predicate by
 * predicate.
 *
 * <p>Predicates are split into chunks of {@value #CHUNK}; for every pair of chunks {@code a <= b} one
 * code carries the pair's index (bits 26..29), chunk {@code a}'s violation mask (bits 13..25) and chunk
 * {@code b}'s (bits 0..12); bit 30 marks a step's pattern. The hooks keep the set of distinct codes, which
 * is small (a search meets few distinct patterns), and every pairwise relation can be read from it.
 */
final class PatternCodec {
  static final int CHUNK = 13;
  static final int MAX_CHUNKS = 4;
  static final int MAX_ITEMS = CHUNK * MAX_CHUNKS;
  static final int STEP = 1 << 30;

  private final int n;
  private final List<int[]> pairs = new ArrayList<>();

  PatternCodec(int n) {
    if (n > MAX_ITEMS) {
      throw new IllegalArgumentException("at most " + MAX_ITEMS + " predicates per search, got " + n);
    }
    this.n = n;
    int chunks = (n + CHUNK - 1) / CHUNK;
    for (int a = 0; a < chunks; a++) {
      for (int b = a; b < chunks; b++) {
        pairs.add(new int[] {a, b});
      }
    }
  }

  int size() {
    return n;
  }

  int chunks() {
    return (n + CHUNK - 1) / CHUNK;
  }

  /** The chunk pairs, as {@code {a, b}}. */
  List<int[]> pairs() {
    return pairs;
  }

  /** The constant part of pair {@code p}'s code. */
  static int base(int p, boolean step) {
    return (step ? STEP : 0) | (p << 26);
  }

  /** Whether {@code code} is a step's pattern. */
  static boolean isStep(int code) {
    return (code & STEP) != 0;
  }

  /**
   * Adds what {@code code} says to {@code obs}: for every two predicates of its chunks, which of the four
   * (holds, violated) combinations was seen. {@code global[i]} is predicate {@code i}'s index in {@code obs}.
   */
  void decode(int code, int[] global, Observations obs) {
    int p = (code >> 26) & 0xF;
    if (p >= pairs.size()) {
      return;
    }
    int a = pairs.get(p)[0];
    int b = pairs.get(p)[1];
    int maskA = (code >> 13) & 0x1FFF;
    int maskB = code & 0x1FFF;
    for (int i = a * CHUNK; i < Math.min(n, (a + 1) * CHUNK); i++) {
      boolean vi = (maskA >> (i - a * CHUNK) & 1) == 1;
      for (int j = b * CHUNK; j < Math.min(n, (b + 1) * CHUNK); j++) {
        boolean vj = (maskB >> (j - b * CHUNK) & 1) == 1;
        obs.see(global[i], vi, global[j], vj);
      }
    }
  }
}
