package org.sysmobench.check.job;

import java.util.concurrent.CompletableFuture;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The job results of a stored evaluation, given back instead of running TLC: judging them again
 * gives the stored evaluation's verdicts under today's scoring rules, in seconds.
 */
public final class StoredJobs implements Jobs {
  private final JobResults stored;

  public StoredJobs(JobResults stored) {
    this.stored = stored;
  }

  @Override
  public CompletableFuture<TlcResult> run(JobRequest request) {
    return stored.get(request.id()).map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(new MissingJobException(request.id())));
  }

  @Override
  public JobResults results() {
    return stored;
  }
}
