package org.sysmobench.tla.tlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * One TLC run to perform: which spec and config, how to explore, with which limits and seed.
 *
 * <p>Every job carries its seed (TLC's {@code -seed}, which drives simulation and TLC's random
 * operators). A job built without one gets a seed chosen here, so the seed is always recorded in the
 * job and its result and a re-run with the same job gives the same answer.
 *
 * @param spec the root module file ({@code Name.tla}); sibling modules are resolved next to it
 * @param config the TLC configuration file (any folder; it is copied next to the spec for the run)
 * @param mode model checking or simulation
 * @param budget time, state and depth limits
 * @param coverage whether to ask TLC for per-action coverage
 * @param checkDeadlock whether a state without successors is an error (the config may also turn it off)
 * @param seed TLC's random seed
 * @param hooks the secret of the job's evaluation hooks and the files its spec may read
 */
public record TlcJob(Path spec, Path config, TlcMode mode, TlcBudget budget, boolean coverage,
    boolean checkDeadlock, long seed, JobHooks hooks) {

  /** The default budget: one minute of wall time, no state or depth limit. */
  public static final TlcBudget DEFAULT_BUDGET = TlcBudget.ofTime(Duration.ofMinutes(1));

  public TlcJob {
    spec = spec.toAbsolutePath().normalize();
    config = config.toAbsolutePath().normalize();
  }

  /** A model-checking job of {@code spec} under {@code config}, without coverage, deadlock checking or hooks. */
  public static TlcJob of(Path spec, Path config, TlcBudget budget, long seed) {
    return new TlcJob(spec, config, new TlcMode.ModelCheck(), budget, false, false, seed, JobHooks.NONE);
  }

  /**
   * Model checking of {@code spec} with {@code Name.cfg} next to it, the default budget and a fresh
   * recorded seed.
   */
  public static TlcJob modelCheck(Path spec) {
    return new TlcJob(spec, defaultConfig(spec), new TlcMode.ModelCheck(), DEFAULT_BUDGET, false, true,
        freshSeed(), JobHooks.NONE);
  }

  /** The config TLC would use by default: {@code Name.cfg} next to {@code Name.tla}. */
  public static Path defaultConfig(Path spec) {
    String file = spec.getFileName().toString();
    String base = file.endsWith(".tla") ? file.substring(0, file.length() - 4) : file;
    return spec.toAbsolutePath().resolveSibling(base + ".cfg");
  }

  /** A seed from a secure source, for jobs whose caller did not choose one. */
  public static long freshSeed() {
    return new SecureRandom().nextLong();
  }

  public TlcJob withConfig(Path cfg) {
    return new TlcJob(spec, cfg, mode, budget, coverage, checkDeadlock, seed, hooks);
  }

  public TlcJob withMode(TlcMode m) {
    return new TlcJob(spec, config, m, budget, coverage, checkDeadlock, seed, hooks);
  }

  public TlcJob simulate(long behaviours, int depth) {
    return withMode(new TlcMode.Simulate(behaviours, depth));
  }

  public TlcJob withBudget(TlcBudget b) {
    return new TlcJob(spec, config, mode, b, coverage, checkDeadlock, seed, hooks);
  }

  public TlcJob withCoverage(boolean on) {
    return new TlcJob(spec, config, mode, budget, on, checkDeadlock, seed, hooks);
  }

  public TlcJob withCheckDeadlock(boolean on) {
    return new TlcJob(spec, config, mode, budget, coverage, on, seed, hooks);
  }

  public TlcJob withSeed(long s) {
    return new TlcJob(spec, config, mode, budget, coverage, checkDeadlock, s, hooks);
  }

  public TlcJob withHooks(JobHooks h) {
    return new TlcJob(spec, config, mode, budget, coverage, checkDeadlock, seed, h);
  }

  /** The root module's name (the spec file name without {@code .tla}). */
  public String moduleName() {
    String file = spec.getFileName().toString();
    return file.endsWith(".tla") ? file.substring(0, file.length() - 4) : file;
  }

  boolean configExists() {
    return Files.isRegularFile(config);
  }
}
