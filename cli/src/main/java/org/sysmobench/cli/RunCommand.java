package org.sysmobench.cli;

import org.sysmobench.report.ReportFormat;
import org.sysmobench.report.ReportData;
import org.sysmobench.report.ReportBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.ScoringProfile;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.runs.AuthorDirectory;
import org.sysmobench.runs.BenchmarkRunner;
import org.sysmobench.runs.EngineFactory;
import org.sysmobench.runs.ModelDirectory;
import org.sysmobench.runs.ProgressLine;
import org.sysmobench.runs.RunSettings;
import org.sysmobench.runs.RunSummary;
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
      "Models: names from the model catalog (--models-file; default: the shipped catalog), or the pseudo-models"
          + " 'reference' (the task's reference spec) and 'mutant:<name>' (one of its mutants), which need no key.",
      "Agents: verbatim (one request; the answer's tla block), basic, code-translation, trace-learning,"
          + " repair(<agent>).",
      "",
      "Exit codes: 0 finished, every cell scored; 20 stopped early (budget, quota; resume to continue);"
          + " 30 some cells failed for infrastructure reasons (not scored; resume retries them); 2 bad command line.",
      "",
      "Examples (no API key needed):",
      "  sysmobench run --tasks toy-lock --models reference,mutant:no-exclusion --agents verbatim --epochs 3",
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

  @Option(names = "--profile", description = "Scoring profile: paper or strict (default: ${DEFAULT-VALUE}).")
  String profile = "paper";

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

  @Mixin ResultsOptions results;

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
  }

  @Override
  public Integer call() {
    validate();
    ModelCatalog catalog;
    TaskCatalog taskCatalog;
    try {
      catalog = modelsFile == null ? ModelCatalog.loadDefault() : ModelCatalog.load(modelsFile);
      taskCatalog = systems == null ? TaskCatalog.discover() : new TaskCatalog(systems);
    } catch (RuntimeException e) {
      System.err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<String> commandLine = commandLine();
    try (RunStore store = results.open()) {
      RunId id = resume != null ? RunId.of(resume)
          : runId != null ? RunId.of(runId) : RunId.startingAt(java.time.Instant.now(), new java.util.Random().nextInt());
      Path recorded = store.runFolder(id).resolve("traces");
      BenchmarkRunner runner = new BenchmarkRunner(store, TaskSource.withRecordedTraces(TaskSource.of(taskCatalog), recorded),
          new ModelDirectory(catalog, System.getenv(), ClientSettings.defaults()), AuthorDirectory.standard(),
          engines(), SourceMaterializer.standard(TlaTools.defaultCacheRoot()), new ProgressLine(System.err),
          java.time.Clock.systemUTC(), environment());
      RunSummary summary;
      if (resume != null) {
        summary = runner.resume(RunId.of(resume), commandLine, maxAttempts, budgetUsd);
      } else {
        RunSettings settings;
        try {
          if (tasks.isEmpty() && models.isEmpty()) {
            DefaultPlan plan = DefaultPlan.of(taskCatalog);
            tasks = plan.tasks();
            models = plan.models();
            agents = List.of("verbatim");
            recordAtLeastEveryScenario = record == null;
            record = record == null ? DEFAULT_RECORDINGS : record;
            System.err.println("run: no --tasks/--models given: the embedded default benchmark, needing no API key: "
                + "tasks " + tasks + " with their reference and mutant specs as the models");
          } else if (tasks.isEmpty() || models.isEmpty()) {
            throw new IllegalArgumentException("give both --tasks and --models (or neither, for the default "
                + "benchmark; or --resume RUN)");
          }
          settings = new RunSettings(tasks.stream().map(TaskId::of).toList(), models.stream().map(ModelId::of).toList(),
              agents, epochs, seed, budgetUsd, maxLlmConcurrency, maxTlcJobs, ScoringProfile.fromId(profile),
              maxAttempts);
        } catch (IllegalArgumentException e) {
          System.err.println("run: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        if (record != null && record > 0) {
          recordFreshTraces(settings.tasks(), recorded);
        }
        summary = runner.start(id, settings, commandLine);
      }
      System.out.println("run " + summary.run() + ": " + summary.status().id() + " (" + summary.done() + "/"
          + summary.total() + " cells scored) in " + store.runFolder(summary.run()));
      Path html = store.runFolder(summary.run()).resolve("report.html");
      ReportData data = ReportBuilder.build(store, List.of(summary.run()), Map.of());
      Files.writeString(html, ReportFormat.fromId("html").render(data), StandardCharsets.UTF_8);
      System.out.print(ReportFormat.fromId("md").render(data).lines()
          .dropWhile(l -> !l.startsWith("## Leaderboard")).takeWhile(l -> !l.startsWith("## Task"))
          .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
      System.out.println("HTML report: " + html.toAbsolutePath());
      if (summary.status() == RunStatus.STOPPED) {
        return EXIT_STOPPED;
      }
      return summary.infraFailed() > 0 ? EXIT_INFRA : ExitCodes.OK;
    } catch (RunLockedException e) {
      System.err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (StoreException e) {
      // the store failed to read or write (a full disk, a damaged index): an environment error
      System.err.println("run: " + Failures.oneLine(e) + (resume == null && runId == null ? ""
          : " (continue later with: sysmobench run --resume " + (resume != null ? resume : runId) + ")"));
      return Failures.exitCode(e);
    } catch (IllegalArgumentException e) {
      System.err.println("run: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (java.io.IOException e) {
      System.err.println("run: " + e.getMessage());
      return EXIT_INFRA;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println("run: interrupted");
      return EXIT_INFRA;
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      // e.g. the TLA+ tools are missing: nothing was scored wrongly, the run stays resumable
      System.err.println("run: " + e.getMessage() + (resume == null && runId == null ? ""
          : " (continue later with: sysmobench run --resume " + (resume != null ? resume : runId) + ")"));
      return EXIT_INFRA;
    }
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

  /** Records fresh traces of every task that has a harness into the run's folder (tasks without one keep theirs). */
  private void recordFreshTraces(List<TaskId> taskIds, Path root) throws java.io.IOException, InterruptedException {
    for (TaskId t : taskIds) {
      java.util.Optional<org.sysmobench.trace.TraceRecorder> recorder = Recorders.forTask(t);
      if (recorder.isEmpty()) {
        System.err.println("run: " + t + " has no trace harness here; replaying its committed traces");
        continue;
      }
      int scenarios = recorder.get().scenarios();
      int count = recordAtLeastEveryScenario ? Math.max(record, scenarios) : record;
      System.err.println("run: recording " + count + " fresh traces of " + t + " (the real system runs)...");
      if (count < scenarios) {
        System.err.println("run: note: " + count + " traces play " + count + " of the " + scenarios + " scenarios of "
            + t + "; a spec wrong only in the others cannot lose points on them");
      }
      org.sysmobench.trace.TraceRecorder.Recording r = recorder.get().record(root.resolve(t.value()), count, seed);
      System.err.println("run: " + r.traces().size() + " traces of " + t + " in " + root.resolve(t.value()));
    }
  }
}
