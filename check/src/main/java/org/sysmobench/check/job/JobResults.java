package org.sysmobench.check.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The results of an evaluation's TLC jobs, by job id. What a phase judges, and what a cell stores so it
 * can be judged again without TLC (see {@link JobResultsJson}).
 */
public record JobResults(Map<String, TlcResult> byId) {
  public static final JobResults NONE = new JobResults(Map.of());

  public JobResults {
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  public Optional<TlcResult> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean has(String id) {
    return byId.containsKey(id);
  }

  /** These results with {@code more} added. */
  public JobResults with(Map<String, TlcResult> more) {
    Map<String, TlcResult> all = new LinkedHashMap<>(byId);
    all.putAll(more);
    return new JobResults(all);
  }
}
