package org.sysmobench.check.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Runs the scorer's TLC jobs on the shared worker pool, all under one secret hook key (the generated
 * modules' hooks carry it; the property sheet never sees it) and one seed. A harness error (a crashed
 * worker) is retried once, so a passing fault of ours does not decide a verdict.
 */
final class Jobs {
  private final TlcWorkerPool pool;
  private final String key;
  private final long seed;

  Jobs(TlcWorkerPool pool, String key, long seed) {
    this.pool = pool;
    this.key = key;
    this.seed = seed;
  }

  String key() {
    return key;
  }

  /**
   * Writes {@code module} into {@code folder} with a config of {@code constants}, {@code specification},
   * the constraints and properties given, and runs it.
   *
   * @param variables every variable of the module (for the count budget)
   * @param readable the only files the job may read (trace events)
   */
  CompletableFuture<TlcResult> run(Path folder, PropertyModule.Rendered module, Map<String, String> constants,
      List<String> constraints, List<String> actionConstraints, List<String> properties, TlcBudget budget,
      List<String> variables, List<Path> readable) {
    Path spec = folder.resolve(module.name() + ".tla");
    WorkFiles.write(spec, module.text());
    TlcConfig cfg = new TlcConfig(constants, PropertyModule.SPEC, "", "", List.of(), properties, constraints,
        actionConstraints, "", "", Optional.of(false));
    Path cfgFile = folder.resolve(module.name() + ".cfg");
    WorkFiles.write(cfgFile, cfg.render());
    TlcJob job = TlcJob.of(spec, cfgFile, budget, seed).withHooks(new JobHooks(key, Optional.of(readable), variables));
    return pool.submit(job).thenCompose(r -> r.outcome() instanceof TlcOutcome.HarnessError
        ? pool.submit(job) : CompletableFuture.completedFuture(r)).whenComplete((r, e) -> {
          if (r != null && Boolean.getBoolean("sysmobench.debugjobs")) {
            System.err.println("JOB " + folder.getFileName() + "/" + module.name() + " " + r.stats() + " " + r.outcome().summary());
          }
        });
  }

  /** Writes a module the jobs' modules instantiate (no job of its own). */
  static void write(Path folder, String name, String text) {
    WorkFiles.write(folder.resolve(name + ".tla"), text);
  }
}
