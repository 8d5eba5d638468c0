package org.sysmobench.check.discovery;

/**
 * Which (holds, violated) combinations of every two predicates some explored state (or step) showed:
 * enough to decide, on the explored states, whether a predicate is ever violated, whether one implies
 * another, and whether two are equivalent. Thread-safe: searches of several specs add to one.
 */
final class Observations {
  private final int n;
  private final boolean[][][] seen;

  Observations(int n) {
    this.n = n;
    this.seen = new boolean[n][n][4];
  }

  int size() {
    return n;
  }

  synchronized void see(int i, boolean violatedI, int j, boolean violatedJ) {
    seen[i][j][(violatedI ? 2 : 0) + (violatedJ ? 1 : 0)] = true;
    seen[j][i][(violatedJ ? 2 : 0) + (violatedI ? 1 : 0)] = true;
  }

  /** Predicate {@code i} is violated in some explored state. */
  synchronized boolean violated(int i) {
    return seen[i][i][3];
  }

  /** Wherever {@code i} holds, {@code j} holds too: no explored state satisfies {@code i} and violates {@code j}. */
  synchronized boolean implies(int i, int j) {
    return !seen[i][j][1];
  }

  /** {@code i} and {@code j} hold in exactly the same explored states. */
  synchronized boolean equivalent(int i, int j) {
    return implies(i, j) && implies(j, i);
  }

  /** Adds everything {@code other} saw (same predicates, same order). */
  synchronized void addAll(Observations other) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < 4; k++) {
          seen[i][j][k] |= other.seenAt(i, j, k);
        }
      }
    }
  }

  private synchronized boolean seenAt(int i, int j, int k) {
    return seen[i][j][k];
  }
}
