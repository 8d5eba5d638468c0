package org.sysmobench.check.job;

import java.util.concurrent.CompletableFuture;
import org.sysmobench.tla.tlc.TlcResult;

/** Where an evaluation's jobs get their results: TLC ({@link JobRunner}), or a stored evaluation ({@link StoredJobs}). */
public interface Jobs {
  /** The result of the request, run once per job id; fails with {@link MissingJobException} when there is none to give. */
  CompletableFuture<TlcResult> run(JobRequest request);

  /** The results of every job that finished. */
  JobResults results();
}
