package org.sysmobench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sysmobench.model.Verdict;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcResultJson;
import org.sysmobench.tla.tlc.TlcResultText;
import org.sysmobench.tla.tlc.TlcWorkerPool;
import org.sysmobench.tla.tlc.ViolatedPropertyFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sysmobench check SPEC.tla}: one TLC job through the worker pool, verdict as exit code. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Model-check (or simulate) one TLA+ spec with TLC and explain the verdict.",
      "TLC runs in a separate worker JVM, never in this one. Unicode TLA+ symbols are rewritten to ASCII first"
          + " (in a copy of the spec's folder; line numbers refer to the files as written)."
    },
    footer = {
      "",
      "Exit codes:",
      "  0   PASS: the search completed (or every simulated behaviour ran) without error",
      "  10  FAIL: a violation, deadlock, assertion, evaluation, parse or config error in the spec",
      "  20  INCOMPLETE: a budget (time, states, depth, memory) stopped TLC first; never a pass",
      "  30  HARNESS_ERROR: our fault (worker crash, tools not found), says nothing about the spec",
      "  2   bad command line (checked before TLC starts: options, files, budgets)",
      "",
      "Examples:",
      "  sysmobench check Spec.tla",
      "  sysmobench check Spec.tla --config MC.cfg --budget time=30s,states=1000000,depth=50 --coverage",
      "  sysmobench check Spec.tla --simulate num=100,depth=50,seed=7 --json"
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SPEC.tla", description = "The root module.")
  Path spec;

  @Option(names = "--config", paramLabel = "CFG", description = "TLC config (default: SPEC.cfg next to the spec).")
  Path config;

  @Option(names = "--simulate", paramLabel = "num=N,depth=D,seed=S", split = ",",
      description = "Random simulation instead of model checking (defaults: num=100, depth=100, a recorded seed).")
  Map<String, String> simulate;

  @Option(names = "--num", description = "Simulation: number of behaviours (implies --simulate).")
  Long num;

  @Option(names = "--depth", description = "Simulation: maximum behaviour length (implies --simulate).")
  Integer depth;

  @Option(names = "--seed", description = "TLC's random seed (default: chosen at random and printed).")
  Long seed;

  @Option(names = "--coverage", description = "Report per-action coverage.")
  boolean coverage;

  @Option(names = "--no-deadlock", description = "Do not report states without successors as deadlocks.")
  boolean noDeadlock;

  @Option(names = "--budget", paramLabel = "time=30s,states=N,depth=D,memory=768m", split = ",",
      description = "Limits: wall time (s, m, ms), distinct states, BFS depth, worker heap. Default time=60s.")
  Map<String, String> budget;

  @Option(names = "--workers", description = "Worker JVMs to start (default 1 for a single check).")
  int workers = 1;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Option(names = "--json", description = "Print the result as JSON (schema " + TlcResultJson.SCHEMA + ").")
  boolean json;

  @Override
  public Integer call() throws java.io.IOException {
    OptionChecks.existingFile("SPEC.tla", spec);
    try (AsciiSpecFolder ascii = AsciiSpecFolder.of(spec, Path.of(System.getProperty("java.io.tmpdir")))) {
      if (ascii.rewritten()) {
        System.err.println("check: note: rewrote Unicode symbols to ASCII before checking: "
            + String.join(" ", ascii.replaced()) + " (line numbers refer to the files as written)");
        Path original = spec.toAbsolutePath().getParent();
        spec = ascii.resolve(spec);
        if (config != null && config.toAbsolutePath().getParent().equals(original)) {
          config = ascii.resolve(config);
        }
      }
      TlcJob job = job();
      TlcPoolConfig poolConfig = TlcPoolConfig.defaults()
          .withWorkers(OptionChecks.inRange("--workers", workers, 1, EngineOptions.MAX_WORKERS)).withWarmUp(false);
      String heap = budgetValue("memory");
      if (heap != null) {
        poolConfig = poolConfig.withHeap(OptionChecks.heapSize("--budget memory", heap));
      }
      return check(job, poolConfig);
    }
  }

  private int check(TlcJob job, TlcPoolConfig poolConfig) {
    TlaTools tools;
    try {
      tools = TlaTools.resolve(Optional.ofNullable(toolsJar == null ? null
          : OptionChecks.existingFile("--tla-tools", toolsJar)));
    } catch (RuntimeException e) {
      if (e instanceof UsageError) {
        throw e;
      }
      System.err.println("check: cannot find the TLA+ tools: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }
    if (job.budget().countsStates()) {
      // A count budget is enforced inside TLC's search by a constraint over the spec's variables.
      try (Sany sany = Sany.open(tools)) {
        job = job.withHooks(JobHooks.forBudget(sany.parseFile(job.spec()).variables()));
      }
    }
    TlcResult result;
    try (TlcWorkerPool pool = TlcWorkerPool.start(tools, poolConfig)) {
      result = pool.run(job);
      // TLC 2.18 does not say which temporal property failed; re-run per candidate to name it.
      result = new ViolatedPropertyFinder(pool, pool.folder()).identify(result);
    }
    System.out.print(json ? new TlcResultJson().toPrettyString(result) + "\n" : new TlcResultText().render(result));
    return exitCode(result.verdict());
  }

  static int exitCode(Verdict v) {
    return switch (v) {
      case PASS -> ExitCodes.OK;
      case FAIL -> ExitCodes.FAIL;
      case INCOMPLETE -> ExitCodes.INCOMPLETE;
      case SKIPPED, HARNESS_ERROR -> ExitCodes.HARNESS_ERROR;
    };
  }

  private TlcJob job() {
    TlcJob job = TlcJob.modelCheck(spec);
    if (config != null) {
      job = job.withConfig(OptionChecks.existingFile("--config", config));
    } else if (!java.nio.file.Files.isRegularFile(job.config())) {
      throw new UsageError("no config: " + job.config() + " does not exist (give one with --config)");
    }
    Map<String, String> limits = budget == null ? Map.of() : budget;
    unknownKeys("--budget", limits, Set.of("time", "states", "depth", "memory"));
    if (simulate != null || num != null || depth != null) {
      Map<String, String> sim = simulate == null ? Map.of() : simulate;
      unknownKeys("--simulate", sim, Set.of("num", "depth", "seed"));
      for (String k : List.of("states", "depth")) {
        if (limits.containsKey(k)) {
          throw new UsageError("--budget " + k + "= bounds model checking; a simulation is bounded by --simulate"
              + " num= and depth=");
        }
      }
      long n = num != null ? OptionChecks.atLeast("--num", num, 1)
          : OptionChecks.number("--simulate num", sim.getOrDefault("num", "100"), 1, Long.MAX_VALUE);
      int d = depth != null ? (int) OptionChecks.atLeast("--depth", depth, 1)
          : (int) OptionChecks.number("--simulate depth", sim.getOrDefault("depth", "100"), 1, Integer.MAX_VALUE);
      job = job.simulate(n, d);
      if (sim.containsKey("seed")) {
        job = job.withSeed(OptionChecks.number("--simulate seed", sim.get("seed"), Long.MIN_VALUE, Long.MAX_VALUE));
      }
    }
    if (seed != null) {
      job = job.withSeed(seed);
    }
    TlcBudget b = TlcBudget.ofTime(OptionChecks.duration("--budget time", limits.getOrDefault("time", "60s")));
    if (limits.containsKey("states")) {
      b = b.withMaxDistinctStates(OptionChecks.number("--budget states", limits.get("states"), 1, Long.MAX_VALUE));
    }
    if (limits.containsKey("depth")) {
      b = b.withMaxDepth((int) OptionChecks.number("--budget depth", limits.get("depth"), 1, Integer.MAX_VALUE));
    }
    return job.withBudget(b).withCoverage(coverage).withCheckDeadlock(!noDeadlock);
  }

  private static void unknownKeys(String option, Map<String, String> given, Set<String> known) {
    for (String k : given.keySet()) {
      if (!known.contains(k)) {
        throw new UsageError("unknown " + option + " key '" + k + "' (use " + String.join(", ", known.stream().sorted()
            .toList()) + ")");
      }
    }
  }

  private String budgetValue(String key) {
    return budget == null ? null : budget.get(key);
  }
}
