package org.sysmobench.tla.bridge.tlc;

import java.util.LinkedHashMap;
import java.util.Map;
import tlc2.output.EC;
import tlc2.output.MPRecorder;

/**
 * Receives every TLC message before it is formatted and keeps the parameters of the statistics
 * messages (final stats, search depth, simulation stats) as strings, for the host to cross-check the
 * printed text.
 *
 * <p>Never throws: TLC calls this from its liveness and worker threads, and an exception escaping
 * there makes TLC call {@code System.exit} (measured: {@code LiveCheck} exits on any exception).
 */
final class StatsRecorder extends MPRecorder {
  private final Map<String, String> last = new LinkedHashMap<>();

  @Override
  public void record(int code, Object... objects) {
    try {
      String key = switch (code) {
        case EC.TLC_STATS -> "stats";
        case EC.TLC_SEARCH_DEPTH -> "depth";
        case EC.TLC_STATS_SIMU -> "simulationStats";
        default -> null;
      };
      if (key != null && objects != null) {
        StringBuilder sb = new StringBuilder();
        for (Object o : objects) {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(o);
        }
        synchronized (last) {
          last.put(key, sb.toString());
        }
      }
    } catch (Throwable ignored) {
      // Deliberately swallowed: see the class comment.
    }
  }

  Map<String, String> snapshot() {
    synchronized (last) {
      return new LinkedHashMap<>(last);
    }
  }
}
