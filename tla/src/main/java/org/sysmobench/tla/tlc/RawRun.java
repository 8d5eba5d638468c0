package org.sysmobench.tla.tlc;

import java.util.Map;

/**
 * What the in-loader driver returned for one job, before interpretation (see the bridge's {@code
 * TlcDriver} for the keys). {@code stopReason} and {@code driverError} are empty strings when absent.
 */
record RawRun(int ec, String output, boolean outputTruncated, String specOutput, HookReport hooks,
    String stopReason, Map<String, Long> lastStats, long durationMs, String driverError) {

  @SuppressWarnings("unchecked")
  static RawRun fromMap(Map<String, Object> m) {
    Map<String, Object> stats = (Map<String, Object>) m.getOrDefault("lastStats", Map.of());
    Map<String, Long> longs = new java.util.LinkedHashMap<>();
    stats.forEach((k, v) -> {
      if (v instanceof Number n) {
        longs.put(k, n.longValue());
      }
    });
    return new RawRun(((Number) m.getOrDefault("ec", -1)).intValue(), String.valueOf(m.getOrDefault("output", "")),
        Boolean.TRUE.equals(m.get("outputTruncated")), String.valueOf(m.getOrDefault("specOutput", "")),
        HookReport.fromMap(m.get("hooks")), String.valueOf(m.getOrDefault("stopReason", "")), longs,
        ((Number) m.getOrDefault("durationMs", 0L)).longValue(), String.valueOf(m.getOrDefault("driverError", "")));
  }
}
