package org.sysmobench.cli;

import org.sysmobench.runs.FreshTraces;
import org.sysmobench.report.Leaderboard;
import org.sysmobench.report.ReportFormat;
import org.sysmobench.report.ReportData;
import org.sysmobench.report.ReportBuilder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Track;
import org.sysmobench.runs.AuthorDirectory;
import org.sysmobench.runs.BenchmarkRunner;
import org.sysmobench.runs.EngineFactory;
import org.sysmobench.runs.ModelDirectory;
import org.sysmobench.runs.ProgressLine;
import org.sysmobench.runs.RunPlan;
import org.sysmobench.runs.RunSettings;
import org.sysmobench.runs.RunSummary;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.runs.TaskSource;
import org.sysmobench.store.RunLockedException;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;
import org.sysmobench.store.StoreException;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code sysmobench run}: the benchmark matrix, stored as it goes, resumable. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the benchmark: every task x model x agent x epoch cell, concurrently, every artifact stored.",
      "The plan is stored before any cell runs. A killed run continues with --resume without repeating finished"
          + " cells or paying twice for an LLM call (the response cache lives in the results folder)."
    },
    footer = {
      "",
      "Models: names from the model catalog (--models-file; default: the shipped catalog; see `sysmobench models`),"
          + " or the pseudo-models 'reference' (the task's reference spec) and 'mutant:<name>' (one of its mutants),"
          + " optionally '@<task>': the task's own specs, so no agent, no LLM call, no key; the run names them per"
          + " task (mutant:no-exclusion@rust-spin).",
      "Without --tasks and --models: the default benchmark. A task whose harness cannot record on this machine"
          + " (e.g. no cargo) is skipped with the reason and the command that installs what is missing;"
          + " `sysmobench doctor` lists what each task needs.",
      "Agents: verbatim (one request; the answer's tla block), basic, code-translation, trace-learning,"
          + " repair(<agent>). With --track invariants the agents propose properties instead (basic, repair(basic));"
          + " their cells are named invariants:<agent>.",
      "",
      "Exit codes: 0 finished, every cell scored; 20 stopped early (budget, quota; resume to continue);"
          + " 30 some cells failed for provider or infrastructure reasons (not scored; resume retries them), or no"
          + " task could run here; 2 bad command line.",
      "",
      "Examples (no API key needed):",
      "  sysmobench run --dry-run",
      "  sysmobench run --tasks jdk-rwlock --models reference,mutant:writers-share",
      "  sysmobench run --resume 20260101-120000-4f2a",
      "  sysmobench report 20260101-120000-4f2a --format html --out report.html"
    })
final class RunCommand implements Callable<Integer> {
  static final int EXIT_STOPPED = 20;
  static final int EXIT_INFRA = 30;
  /** Fresh traces per task recorded by the default benchmark: the real systems run in the main job. */
  static final int DEFAULT_RECORDINGS = 2;

  @Option(names = "--tasks", split = ",", paramLabel = "TASK", description = "Task ids (see `sysmobench tasks`).")
  List<String> tasks = new ArrayList<>();

  @Option(names = "--models", split = ",", paramLabel = "MODEL", description = "Model names or pseudo-models.")
  List<String> models = new ArrayList<>();

  @Option(names = "--agents", split = ",", paramLabel = "AGENT", description = "Agent (author) ids (default: ${DEFAULT-VALUE}).")
  List<String> agents = new ArrayList<>(List.of("basic"));

  @Option(names = "--track", split = ",", paramLabel = "TRACK", description = "spec (agents write TLA+ specs),"
      + " invariants (agents propose the systems' correctness properties: agents basic, repair(basic); tasks with"
      + " hidden mutants), or both, spec,invariants (the report sets them side by side) (default: spec).")
  List<String> track = new ArrayList<>(List.of("spec"));

  @Option(names = "--epochs", description = "Samples per task x model x agent (default: ${DEFAULT-VALUE}).")
  int epochs = 1;

  @Option(names = "--seed", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--budget-usd", paramLabel = "USD",
      description = "Stop starting LLM calls once the run has spent this much (on resume: the new total).")
  String budgetUsd = "";

  @Option(names = "--max-llm-concurrency", paramLabel = "K", description = "Cells authoring at once (default: ${DEFAULT-VALUE}); each provider's max_connections also applies.")
  int maxLlmConcurrency = 4;

  @Option(names = "--max-tlc-jobs", paramLabel = "J", description = "TLC worker JVMs (default: ${DEFAULT-VALUE}).")
  int maxTlcJobs = 2;

  @Option(names = "--max-attempts", paramLabel = "N",
      description = "Attempts per cell on infrastructure failures before giving up for this run (default: ${DEFAULT-VALUE}).")
  int maxAttempts = 2;

  @Option(names = "--profile", description = "Headline scoring profile: sound or paper (the original's formulas); both are always computed (default: ${DEFAULT-VALUE}).")
  String profile = "sound";

  @Option(names = "--record", paramLabel = "N", description = "First record N fresh traces of each task with a "
      + "harness here (the real system runs) and replay those instead of the committed ones (default: 0; "
      + DEFAULT_RECORDINGS + " for the default benchmark, or one per scenario where a harness has more).")
  Integer record;

  /** The default benchmark chose the number of recordings: record at least one trace per scenario. */
  private boolean recordAtLeastEveryScenario;

  @Option(names = "--resume", paramLabel = "RUN", description = "Continue this run (other matrix options are ignored).")
  String resume;

  @Option(names = "--run-id", paramLabel = "ID", description = "Id of the new run (default: start time + random suffix).")
  String runId;

  @Option(names = "--models-file", paramLabel = "YAML", description = "Model catalog (default: the shipped one).")
  Path modelsFile;

  @Option(names = "--systems", paramLabel = "DIR", description = "Folder of task packages (default: the project's systems/).")
  Path systems;

  @Option(names = "--tla-tools", paramLabel = "JAR", description = "Use this tla2tools.jar instead of the default.")
  Path toolsJar;

  @Option(names = "--spark", paramLabel = "MASTER", description = "Evaluate the cells on this Apache Spark cluster"
      + " (spark://host:7077, k8s://..., yarn, local[4]); the plan, the store and LLM calls stay here. The shared"
      + " secret, if the cluster has one, comes from SYSMOBENCH_SPARK_SECRET. See the README, \"Run on a cluster\".")
  String spark;

  @Option(names = "--conf", paramLabel = "K=V", description = "A Spark setting, with --spark (repeatable).")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Mixin ResultsOptions results;

  @Option(names = "--dry-run", description = "Plan only: say which tasks run (and which are skipped here, and why),"
      + " what is recorded and how many cells; record, call and score nothing.")
  boolean dryRun;

  /** Where keys and the PATH (for toolchain checks) are read from; tests give a machine without cargo. */
  Map<String, String> env = System.getenv();

  @Spec CommandSpec command;

  /** Checks every number and path of the command line before anything runs. */
  private void validate() {
    OptionChecks.inRange("--epochs", epochs, 1, 1000);
    OptionChecks.inRange("--max-llm-concurrency", maxLlmConcurrency, 1, 256);
    OptionChecks.inRange("--max-tlc-jobs", maxTlcJobs, 1, EngineOptions.MAX_WORKERS);
    OptionChecks.inRange("--max-attempts", maxAttempts, 1, 100);
    if (record != null) {
      OptionChecks.inRange("--record", record, 0, 1000);
    }
    if (!budgetUsd.isEmpty()) {
      budgetUsd = OptionChecks.dollars("--budget-usd", budgetUsd);
    }
    OptionChecks.oneOf("profile", profile, EvalCommand.PROFILES);
    if (modelsFile != null) {
      OptionChecks.existingFile("--models-file", modelsFile);
    }
    if (systems != null) {
      OptionChecks.existingFolder("--systems", systems);
    }
    if (toolsJar != null) {
      OptionChecks.existingFile("--tla-tools", toolsJar);
    }
    OptionChecks.writableFolder("--results", results.results);
    if (spark == null && !sparkConf.isEmpty()) {
      throw new UsageError("--conf sets Spark settings: give it with --spark MASTER");
    }
  }

  @Override
  public Integer call() {
    validate();
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    ModelCatalog catalog;
    TaskCatalog taskCatalog;
    org.sysmobench.runs.CellEvaluators cluster;
    try {
      cluster = spark == null ? null : SparkModule.evaluators(spark, sparkConf, env);
      catalog = modelsFile == null ? ModelCatalog.loadDefault() : ModelCatalog.load(modelsFile);
      taskCatalog = systems == null ? TaskCatalog.discover() : new TaskCatalog(systems);
    } catch (RuntimeException e) {
      err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    StatusConsole console = StatusConsole.forErrors(err);
    ProgressLine progress = new ProgressLine(console);
    FreshTraces fresh = new FreshTraces(Recorders::forTask, env, console);
    Map<String, String> skipped = new LinkedHashMap<>();
    try (RunStore store = results.open()) {
      RunId id = resume != null ? RunId.of(resume)
          : runId != null ? RunId.of(runId) : RunId.startingAt(java.time.Instant.now(), new java.util.Random().nextInt());
      Path recorded = TaskSource.recordedTraces(store.runFolder(id));
      BenchmarkRunner runner = new BenchmarkRunner(store, TaskSource.forRun(taskCatalog, store.runFolder(id)),
          new ModelDirectory(catalog, env, ClientSettings.defaults().withObserver(progress)), AuthorDirectory.standard(),
          engines(), SourceMaterializer.standard(TlaTools.defaultCacheRoot()), progress,
          java.time.Clock.systemUTC(), environment());
      if (cluster != null && !dryRun) {
        runner = runner.evaluatingWith(cluster);
      }
      RunSummary summary;
      if (resume != null) {
        summary = runner.resume(RunId.of(resume), commandLine(), maxAttempts, budgetUsd);
      } else {
        RunSettings settings;
        boolean defaultPlan = tasks.isEmpty() && models.isEmpty();
        try {
          List<Track> tracks = track.stream().map(Track::fromId).distinct().toList();
          if (defaultPlan && tracks.contains(Track.INVARIANTS)) {
            throw new IllegalArgumentException("the invariants track needs --tasks and --models: the default"
                + " benchmark's models are the tasks' own specs, which propose no properties");
          }
          if (!defaultPlan) {
            agents = tracks.stream().flatMap(tr -> agents.stream().map(tr::cellAgent)).distinct().toList();
          }
          if (defaultPlan) {
            tasks = DefaultPlan.of(taskCatalog).tasks();
            agents = List.of(VERBATIM);
            recordAtLeastEveryScenario = record == null;
            record = record == null ? DEFAULT_RECORDINGS : record;
            console.line("run: no --tasks/--models given: the embedded default benchmark, needing no API key: "
                + "tasks " + tasks + " with their reference and mutant specs as the models");
          } else if (tasks.isEmpty() || models.isEmpty()) {
            throw new IllegalArgumentException("give both --tasks and --models (or neither, for the default "
                + "benchmark; or --resume RUN)");
          }
          if (record != null && record > 0) {
            fresh.unrecordable(tasks.stream().map(TaskId::of).toList()).forEach((t, why) -> skip(console, skipped, t, why));
          }
          settings = settings(taskCatalog, defaultPlan, skipped);
        } catch (IllegalArgumentException e) {
          err.println("run: " + e.getMessage());
          return skipped.isEmpty() ? ExitCodes.USAGE : EXIT_INFRA;
        }
        if (dryRun) {
          printPlan(out, runner.plan(id, settings), settings, fresh, skipped);
          return ExitCodes.OK;
        }
        if (record != null && record > 0) {
          Map<TaskId, Exception> failed = fresh.record(settings.tasks(), recorded, record, recordAtLeastEveryScenario,
              seed);
          if (!failed.isEmpty()) {
            failed.forEach((t, e) -> skip(console, skipped, t, "recording its traces failed: " + Failures.oneLine(e)));
            try {
              settings = settings(taskCatalog, defaultPlan, skipped);
            } catch (IllegalArgumentException e) {
              err.println("run: " + e.getMessage());
              return EXIT_INFRA;
            }
          }
        }
        summary = runner.start(id, settings, commandLine(), skipped);
      }
      out.println("run " + summary.run() + ": " + summary.status().id() + " (" + summary.done() + "/"
          + summary.total() + " cells scored) in " + store.runFolder(summary.run()));
      Path html = store.runFolder(summary.run()).resolve("report.html");
      ReportData data = ReportBuilder.build(store, List.of(summary.run()), Map.of());
      Files.writeString(html, ReportFormat.fromId("html").render(data), StandardCharsets.UTF_8);
      out.println(Leaderboard.of(data).toMarkdown());
      out.println("HTML report: " + html.toAbsolutePath());
      if (summary.status() == RunStatus.STOPPED) {
        return EXIT_STOPPED;
      }
      return summary.infraFailed() > 0 ? EXIT_INFRA : ExitCodes.OK;
    } catch (RunLockedException e) {
      err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (StoreException e) {
      // the store failed to read or write (a full disk, a damaged index): an environment error
      err.println("run: " + Failures.oneLine(e) + (resume == null && runId == null ? ""
          : " (continue later with: sysmobench run --resume " + (resume != null ? resume : runId) + ")"));
      return Failures.exitCode(e);
    } catch (IllegalArgumentException e) {
      err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (java.io.IOException e) {
      err.println("run: " + e.getMessage());
      return EXIT_INFRA;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("run: interrupted");
      return EXIT_INFRA;
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      // e.g. the TLA+ tools are missing: nothing was scored wrongly, the run stays resumable
      err.println("run: " + e.getMessage() + (resume == null && runId == null ? ""
          : " (continue later with: sysmobench run --resume " + (resume != null ? resume : runId) + ")"));
      return EXIT_INFRA;
    }
  }

  /** The agent of the default benchmark (its models are pseudo-models, which no agent writes). */
  private static final String VERBATIM = "verbatim";

  private static void skip(StatusConsole console, Map<String, String> skipped, TaskId task, String why) {
    skipped.put(task.value(), why);
    console.line("run: skipping " + task + ": " + why);
  }

  /** The run's settings for the tasks that were not skipped (the default benchmark drops their mutants too). */
  private RunSettings settings(TaskCatalog taskCatalog, boolean defaultPlan, Map<String, String> skipped) {
    Set<TaskId> skippedIds = skipped.keySet().stream().map(TaskId::of).collect(java.util.stream.Collectors.toSet());
    List<String> runTasks = tasks.stream().filter(t -> !skipped.containsKey(t)).toList();
    List<String> runModels = models;
    if (defaultPlan) {
      DefaultPlan plan = DefaultPlan.of(taskCatalog, skippedIds);
      runTasks = plan.tasks();
      runModels = plan.models();
    } else if (runTasks.isEmpty()) {
      throw new IllegalArgumentException("no task left to run: every task was skipped");
    }
    tasks = runTasks;
    models = runModels;
    return new RunSettings(runTasks.stream().map(TaskId::of).toList(), runModels.stream().map(ModelId::of).toList(),
        agents, epochs, seed, budgetUsd, maxLlmConcurrency, maxTlcJobs, ScoringProfile.fromId(profile), maxAttempts);
  }

  private void printPlan(PrintWriter out, RunPlan plan, RunSettings s, FreshTraces fresh, Map<String, String> skipped) {
    out.println("run --dry-run: nothing is recorded, scored or stored");
    out.println("  tasks:   " + String.join(", ", tasks));
    skipped.forEach((t, why) -> out.println("  skipped: " + t + ": " + why));
    if (record != null && record > 0) {
      out.println("  fresh traces: " + String.join(", ", s.tasks().stream().map(t -> fresh.hasHarness(t)
          ? t + " " + fresh.traces(t, record, recordAtLeastEveryScenario) : t + " none (no harness here: committed"
          + " traces)").toList()));
    }
    out.println("  models:  " + String.join(", ", models));
    boolean onlyPseudo = s.models().stream().allMatch(org.sysmobench.model.PseudoModel::isPseudoModel);
    out.println("  agents:  " + (onlyPseudo ? "none (every model is a pseudo-model: a task's own spec)"
        : String.join(", ", agents) + " (pseudo-models have none)"));
    out.println("  cells:   " + plan.cells().size() + " (" + epochs + " epoch" + (epochs == 1 ? "" : "s") + ")");
  }

  private EngineFactory engines() {
    return n -> EvalEngine.open(Optional.ofNullable(toolsJar), TlcPoolConfig.defaults().withWorkers(n));
  }

  private List<String> commandLine() {
    List<String> cl = new ArrayList<>(List.of("sysmobench", "run"));
    if (resume != null) {
      cl.addAll(List.of("--resume", resume));
    } else {
      cl.addAll(List.of("--tasks", String.join(",", tasks), "--models", String.join(",", models), "--agents",
          String.join(",", agents), "--epochs", Integer.toString(epochs), "--seed", Long.toString(seed),
          "--max-llm-concurrency", Integer.toString(maxLlmConcurrency), "--max-tlc-jobs", Integer.toString(maxTlcJobs),
          "--profile", profile));
    }
    if (!budgetUsd.isEmpty()) {
      cl.addAll(List.of("--budget-usd", budgetUsd));
    }
    return cl;
  }

  static Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("java", System.getProperty("java.version"));
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    String v = Main.class.getPackage().getImplementationVersion();
    env.put("sysmobench", v == null ? "dev" : v);
    return env;
  }
}
