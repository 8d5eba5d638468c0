package org.sysmobench.tla.tlc;

import java.time.Duration;

/**
 * Search statistics. A count TLC did not report is {@code -1} (for example distinct states in
 * simulation, or anything after a worker was killed before the first progress report).
 *
 * @param generated states generated
 * @param distinct distinct states found
 * @param leftOnQueue states still waiting to be explored; greater than 0 means the search was cut short
 * @param depth depth of the state graph search (BFS) or of the longest simulated behaviour
 * @param duration wall time of the job as seen by the host
 */
public record TlcStats(long generated, long distinct, long leftOnQueue, long depth, Duration duration) {
  public static TlcStats unknown(Duration duration) {
    return new TlcStats(-1, -1, -1, -1, duration);
  }

  TlcStats withDuration(Duration d) {
    return new TlcStats(generated, distinct, leftOnQueue, depth, d);
  }
}
