package org.sysmobench.check.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Runs an evaluation's job requests on the worker pool: writes each generated module and config into
 * the evaluation's folder, runs it with the evaluation's hooks and seed, once per job id however many
 * phases ask for it, and retries a harness error (a crashed worker, a failing driver) once, so a passing
 * fault of ours does not cost the evaluation its score.
 */
public final class JobRunner implements Jobs {
  private final TlcWorkerPool pool;
  private final Path workDir;
  private final String hookKey;
  private final long seed;
  private final Map<String, CompletableFuture<TlcResult>> started = new LinkedHashMap<>();
  private final Map<String, String> plans = new LinkedHashMap<>();

  public JobRunner(TlcWorkerPool pool, Path workDir, String hookKey, long seed) {
    this.pool = pool;
    this.workDir = workDir;
    this.hookKey = hookKey;
    this.seed = seed;
  }

  /** Runs the request, or returns the run already started under its id. */
  @Override
  public synchronized CompletableFuture<TlcResult> run(JobRequest r) {
    return started.computeIfAbsent(r.id(), id -> {
      plans.put(id, r.plan(hookKey, workDir));
      TlcJob job = job(r);
      return pool.submit(job).thenCompose(res -> res.outcome() instanceof TlcOutcome.HarnessError
          ? pool.submit(job) : CompletableFuture.completedFuture(res));
    });
  }

  @Override
  public synchronized JobResults results() {
    Map<String, TlcResult> done = new LinkedHashMap<>();
    Map<String, String> donePlans = new LinkedHashMap<>();
    started.forEach((id, f) -> Optional.ofNullable(f.getNow(null)).ifPresent(r -> {
      done.put(id, r);
      donePlans.put(id, plans.get(id));
    }));
    return new JobResults(done, donePlans);
  }

  private TlcJob job(JobRequest r) {
    Path spec = workDir.resolve(r.module() + ".tla");
    WorkFiles.write(spec, r.moduleText());
    Path cfg = workDir.resolve(r.module() + ".cfg");
    WorkFiles.write(cfg, r.config().render());
    return TlcJob.of(spec, cfg, r.budget(), seed).withMode(r.mode()).withCoverage(r.coverage())
        .withHooks(new JobHooks(hookKey, Optional.of(r.readable()), r.variables()));
  }
}
