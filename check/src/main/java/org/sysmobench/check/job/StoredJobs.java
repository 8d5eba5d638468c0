package org.sysmobench.check.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The job results of a stored evaluation, given back instead of running TLC: judging them again
 * gives the stored evaluation's verdicts under today's scoring rules, in seconds.
 */
public final class StoredJobs implements Jobs {
  private final JobResults stored;
  private final String hookKey;
  private final Path workDir;
  private final Map<String, TlcResult> served = new LinkedHashMap<>();

  /**
   * @param hookKey the re-judging evaluation's hook key, and {@code workDir} its work folder, both taken
   *     out of the planned jobs' digests
   */
  public StoredJobs(JobResults stored, String hookKey, Path workDir) {
    this.stored = stored;
    this.hookKey = hookKey;
    this.workDir = workDir;
  }

  /**
   * The stored result of the job planned as {@code request}: only when the stored one ran the same job
   * (same module, config, budget, mode), else the job counts as missing, so a result of a job planned
   * differently (by an older version, say, that checked fewer templates in the same search) is never
   * judged as if it were this one.
   */
  @Override
  public synchronized CompletableFuture<TlcResult> run(JobRequest request) {
    String planned = request.plan(hookKey, workDir);
    Optional<TlcResult> same = stored.get(request.id())
        .filter(r -> stored.plan(request.id()).filter(planned::equals).isPresent());
    same.ifPresent(r -> served.put(request.id(), r));
    return same.map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(new MissingJobException(request.id())));
  }

  /** The stored results served so far (as a runner gives only the jobs it ran): what the phases judge. */
  @Override
  public synchronized JobResults results() {
    Map<String, String> plans = new LinkedHashMap<>();
    served.keySet().forEach(id -> stored.plan(id).ifPresent(p -> plans.put(id, p)));
    return new JobResults(served, plans);
  }
}
