package org.sysmobench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.RunId;
import org.sysmobench.runs.Rescorer;
import org.sysmobench.runs.TaskSource;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.ScoringVersion;
import org.sysmobench.store.StoreException;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sysmobench rescore RUN}: every score recomputed from stored artifacts, no model call. */
@Command(
    name = "rescore",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute every score of a stored run from its artifacts (spec + cfg) and the task, without calling",
      "any model; the result is a new scoring version stored alongside the old ones (reports use the latest).",
      "With --judge-only the stored TLC results are judged again, without running TLC."
    },
    footer = {"", "Example:", "  sysmobench rescore 20260101-120000-4f2a --profile paper --judge-only"})
final class RescoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "The run id.")
  String run;

  @Option(names = "--profile", description = "Headline scoring profile: sound or paper (default: the run's).")
  String profile;

  @Option(names = "--judge-only", description = {"Judge the TLC results stored with each cell again (today's",
      "scoring rules, the chosen profile) instead of running TLC: seconds for a whole run."})
  boolean judgeOnly;

  @Option(names = "--accept-changed-inputs", description = {"Rescore even when the run's task packages, traces or",
      "TLA+ tools changed since it was scored (the new scoring version lists what changed)."})
  boolean acceptChangedInputs;

  @Option(names = "--max-tlc-jobs", paramLabel = "J", description = "TLC worker JVMs (default: ${DEFAULT-VALUE}).")
  int maxTlcJobs = 2;

  @Option(names = "--systems", paramLabel = "DIR", description = "Folder of task packages (default: the project's systems/).")
  Path systems;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Mixin ResultsOptions results;

  @Spec CommandSpec command;

  @Override
  public Integer call() {
    try (RunStore store = results.open()) {
      RunId id = RunId.of(run);
      ScoringVersion before = store.latestScoring(id);
      ScoringProfile p = ScoringProfile.fromId(profile == null ? store.requireRun(id).profile() : profile);
      TaskCatalog catalog = systems == null ? TaskCatalog.discover() : new TaskCatalog(systems);
      ScoringVersion after;
      try (EvalEngine engine = EvalEngine.open(Optional.ofNullable(toolsJar),
          TlcPoolConfig.defaults().withWorkers(maxTlcJobs))) {
        after = new Rescorer(store, TaskSource.forRun(catalog, store.runFolder(id)), engine.evaluator(), engine.tools(),
            new DiscoveryScorer(engine.sany(), engine.pool()))
            .rescore(id, p, maxTlcJobs, judgeOnly ? Rescorer.Mode.JUDGE_ONLY : Rescorer.Mode.FULL, acceptChangedInputs);
      }
      double old = mean(store, id, before.version());
      double now = mean(store, id, after.version());
      command.commandLine().getOut().printf(Locale.ROOT, "run %s: scoring v%d (%s) written; mean overall %.4f -> %.4f (v%d, %s)%n", id,
          after.version(), after.profile(), old, now, before.version(), before.profile());
      return ExitCodes.OK;
    } catch (IllegalArgumentException | IllegalStateException | StoreException e) {
      command.commandLine().getErr().println("rescore: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private static double mean(RunStore store, RunId id, int version) {
    return store.scorings(id, version).stream().mapToDouble(s -> s.result().overall()).average().orElse(0);
  }
}
