package org.sysmobench.check.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The results of an evaluation's TLC jobs, by job id, each with the digest of the job it ran ({@link
 * JobRequest#plan}). What a phase judges, and what a cell stores so it can be judged again without TLC
 * (see {@link JobResultsJson}).
 */
public record JobResults(Map<String, TlcResult> byId, Map<String, String> plans) {
  public static final JobResults NONE = new JobResults(Map.of(), Map.of());

  public JobResults {
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
  }

  /** The digest of the job that gave the result stored under {@code id}, if it was recorded. */
  public Optional<String> plan(String id) {
    return Optional.ofNullable(plans.get(id));
  }

  public Optional<TlcResult> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean has(String id) {
    return byId.containsKey(id);
  }
}
