package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sysmobench.agents.AgentId;
import org.sysmobench.agents.AuthorNeed;
import org.sysmobench.agents.AuthorOptions;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Draft;
import org.sysmobench.agents.SpecAuthor;
import org.sysmobench.agents.Transcript;
import org.sysmobench.agents.TranscriptJson;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.llm.CacheMissException;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.LlmException;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelCatalog;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Track;
import org.sysmobench.runs.AuthorDirectory;
import org.sysmobench.runs.EvaluatorCritic;
import org.sysmobench.runs.ProgressLine;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sysmobench generate}: one author writes one spec for one task with one model, and the spec,
 * its config and the full transcript land in a folder. Answers are cached in the user's cache folder
 * (XDG), never in the installation; the committed cassettes are read-only fixtures consulted after it, so
 * with {@code --cache-mode replay-only} it runs offline with no key.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a TLA+ spec for a task with an LLM author (agent) and save spec, cfg and transcript.",
      "Authors (the agents of `sysmobench run`): basic, code-translation, trace-learning, repair(<author>),"
          + " verbatim (one request; the answer's tla block); with --track invariants: basic, repair(basic).",
      "Keys are read from the environment variable the models file names (e.g. ANTHROPIC_API_KEY);"
          + " they are never written anywhere. `sysmobench models` lists the models and whether their keys are set."
    },
    footer = {
      "",
      "Output folder: <Module>.tla, <Module>.cfg, transcript.json (every prompt and answer, usage, cost, cache key);"
          + " with --track invariants: properties.tla (the property sheet) and transcript.json.",
      "Response cache: answers are looked up in --cache, then in the read-only --cassettes; new answers are written"
          + " to --cache only. A cache hit costs nothing (what it would have cost is shown apart).",
      "",
      "Exit codes:",
      "  0   a module was extracted and written",
      "  2   bad command line (unknown task, agent or model)",
      "  10  the model's answer held no usable module (the transcript says why)",
      "  30  the LLM call failed (no key, provider error, cassette missing in replay-only mode) or sources unavailable"
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--task", required = true, paramLabel = "TASK",
      description = "Task id under systems/, or a task folder (holding task.yaml).")
  String task;

  @Option(names = "--agent", required = true, paramLabel = "AUTHOR", description = "Author id, e.g. basic or repair(basic).")
  String agent;

  @Option(names = "--track", paramLabel = "TRACK", description = "spec (write a TLA+ spec) or invariants (propose the"
      + " system's correctness properties; authors basic and repair(basic)) (default: ${DEFAULT-VALUE}).")
  String track = "spec";

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Model name from the models file.")
  String model;

  @Option(names = "--models-file", paramLabel = "YAML", description = "Model catalog (default: the shipped one; see"
      + " `sysmobench models`).")
  Path modelsFile;

  @Option(names = "--sample", paramLabel = "N", description = "Sample index (epoch), part of the cache key (default: ${DEFAULT-VALUE}).")
  int sample = 0;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the author's random choices: traces shown,"
      + " units translated; also the critic's TLC seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--cache-mode", paramLabel = "MODE",
      description = "read-write (replay hits, record misses), replay-only (no network: a miss fails), off (default: ${DEFAULT-VALUE}).")
  String cacheMode = "read-write";

  @Option(names = "--cache", paramLabel = "DIR", description = "Response cache, read and written (default: "
      + "$XDG_CACHE_HOME/sysmobench/responses, else ~/.cache/sysmobench/responses). To record cassettes for the"
      + " project, point it at the project's cassettes/ folder.")
  Path cache;

  @Option(names = "--cassettes", paramLabel = "DIR", description = "Recorded answers consulted after --cache, never"
      + " written (default: the installation's committed cassettes/ folder).")
  Path cassettes;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write spec, cfg and transcript (default: generated/<task>/<agent>/<model>/sample-<n>).")
  Path out;

  @Option(names = "--repair-rounds", paramLabel = "K", description = "Rounds of repair(...) authors (default: ${DEFAULT-VALUE}).")
  int repairRounds = AuthorOptions.DEFAULT_REPAIR_ROUNDS;

  @Option(names = "--max-units", paramLabel = "N",
      description = "Functions the code-translation author translates at most (default: ${DEFAULT-VALUE}).")
  int maxUnits = AuthorOptions.DEFAULT_MAX_TRANSLATION_UNITS;

  @Option(names = "--critic-phases", split = ",", paramLabel = "PHASE",
      description = "Phases the repair critic checks (default: syntax,runtime,conformance; invariants stay hidden).")
  List<String> criticPhases;

  @Mixin EngineOptions engine;

  @Spec picocli.CommandLine.Model.CommandSpec command;

  /** Where keys are read from; tests put sentinel keys here instead of the process environment. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = command.commandLine().getOut();
    PrintWriter stderr = command.commandLine().getErr();
    Task t;
    ModelConfig modelConfig;
    CacheMode mode;
    AuthorDirectory agents;
    AgentId agentId = null;
    Track chosen;
    try {
      chosen = Track.fromId(track);
      t = loadTask(task);
      ModelCatalog catalog = modelsFile == null ? ModelCatalog.loadDefault() : ModelCatalog.load(modelsFile);
      modelConfig = catalog.model(model);
      mode = CacheMode.fromId(cacheMode);
      agents = AuthorDirectory.of(AuthorOptions.defaults().withRepairRounds(repairRounds)
          .withMaxTranslationUnits(maxUnits));
      if (chosen == Track.INVARIANTS) {
        agents.validate(chosen.cellAgent(agent));
      } else {
        agentId = agents.agent(agent);
      }
    } catch (TaskPackageException | IllegalArgumentException | IllegalStateException e) {
      stderr.println("generate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path cacheDir = cache != null ? cache : ResponseCache.userCacheDir(env);
    List<Path> fixtures = cassettes != null ? List.of(cassettes) : defaultCassettes().map(List::of).orElse(List.of());
    String agentFolder = (chosen == Track.INVARIANTS ? "invariants-" + AgentId.parse(agent).value() : agentId.value())
        .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
    Path outDir = out != null ? out : Path.of("generated", t.id().value(), agentFolder, model, "sample-" + sample);
    // Checked before the (paid) LLM call, so that its answer is never lost to an unwritable folder.
    OptionChecks.inRange("--sample", sample, 0, 1_000_000);
    OptionChecks.inRange("--repair-rounds", repairRounds, 0, 100);
    OptionChecks.inRange("--max-units", maxUnits, 1, 10_000);
    engine.validate();
    OptionChecks.writableFolder("--out", outDir);
    if (chosen == Track.INVARIANTS) {
      return new PropertyGeneration(this, stdout, stderr).generate(t, modelConfig, mode, cacheDir, fixtures, outDir);
    }

    Set<AuthorNeed> needs = agents.needs(agentId);
    List<SourceFile> sources = List.of();
    List<Path> traces = List.of();
    try {
      if (needs.contains(AuthorNeed.SOURCES)) {
        sources = SourceMaterializer.standard(TlaTools.defaultCacheRoot()).materialize(t);
      }
      if (needs.contains(AuthorNeed.LEARNING_TRACES)) {
        traces = traceFiles(t);
      }
    } catch (RuntimeException e) {
      stderr.println("generate: cannot get the task's inputs: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }

    boolean repairs = needs.contains(AuthorNeed.CRITIC);
    Draft draft;
    StatusConsole console = StatusConsole.forErrors(stderr);
    ClientSettings settings = ClientSettings.defaults().withObserver(new ProgressLine(console));
    try (ScratchFolder criticWork = repairs
            ? ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sysmobench-critic") : null;
         EvalEngine evalEngine = repairs ? engine.open() : null;
         LlmClients clients = LlmClients.builder().env(env).cache(new ResponseCache(cacheDir, mode, fixtures))
             .settings(settings).build()) {
      AuthorDirectory.Bound authors = evalEngine == null ? agents.withoutCritic() : agents.bind(evalEngine.evaluator(),
          new EvalOptions(phases(), ScoringProfile.SOUND, seed, criticWork.path(), false), phases());
      SpecAuthor author = authors.author(agentId);
      stdout.println("generate: " + author.id() + " with " + modelConfig.name() + " on " + t.id().value() + " (sample "
          + sample + ", seed " + seed + ", cache " + mode.id() + " " + cacheDir
          + (fixtures.isEmpty() ? "" : ", cassettes " + fixtures.get(0)) + ")");
      stdout.flush();
      draft = author.write(new AuthoringRequest(t, clients.forModel(modelConfig), sources, traces, sample, seed));
    } catch (LlmException | IllegalArgumentException | java.io.UncheckedIOException e) {
      return GenerateCommand.authoringFailed(e, stderr, cacheDir, fixtures);
    }

    write(outDir, t, draft);
    report(stdout, outDir, t, draft);
    return draft.specText().isEmpty() ? ExitCodes.FAIL : ExitCodes.OK;
  }

  /**
   * What an authoring that failed says (one line; a cache miss adds how to record the answer) and its exit
   * code: a bad id or option is the user's, the rest is ours or the provider's.
   */
  static int authoringFailed(RuntimeException e, PrintWriter stderr, Path cacheDir, List<Path> fixtures) {
    if (e instanceof CacheMissException) {
      stderr.println("generate: " + e.getMessage());
      stderr.println("generate: no recorded answer for this request in " + cacheDir
          + (fixtures.isEmpty() ? "" : " or " + fixtures.get(0))
          + "; record one with --cache-mode read-write and the provider's key in the environment");
      return ExitCodes.HARNESS_ERROR;
    }
    if (e instanceof LlmException) {
      stderr.println("generate: the LLM call failed: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }
    if (e instanceof IllegalArgumentException) {
      stderr.println("generate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    stderr.println("generate: " + Failures.oneLine(e));
    return ExitCodes.HARNESS_ERROR;
  }

  private void write(Path outDir, Task t, Draft draft) throws IOException {
    Files.createDirectories(outDir);
    String module = t.spec().module();
    if (!draft.specText().isEmpty()) {
      Files.writeString(outDir.resolve(module + ".tla"), draft.specText(), StandardCharsets.UTF_8);
    }
    Files.writeString(outDir.resolve(module + ".cfg"), draft.cfgText(), StandardCharsets.UTF_8);
    String json = new TranscriptJson().toPrettyString(
        new TranscriptJson.Header(AgentId.parse(agent).value(), model, t.id().value(), sample, seed), draft);
    Files.writeString(outDir.resolve("transcript.json"), json, StandardCharsets.UTF_8);
  }

  private void report(PrintWriter stdout, Path outDir, Task t, Draft draft) {
    List<Transcript.Exchange> exchanges = draft.transcript().exchanges();
    Usage usage = exchanges.stream().map(e -> e.completion().usage()).reduce(Usage.ZERO, Usage::plus);
    long cached = exchanges.stream().filter(e -> e.completion().fromCache()).count();
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal wouldHaveCost = BigDecimal.ZERO;
    boolean known = true;
    for (Transcript.Exchange e : exchanges) {
      if (!(e.completion().cost() instanceof Cost.Known k)) {
        known &= e.completion().fromCache();
      } else if (e.completion().fromCache()) {
        wouldHaveCost = wouldHaveCost.add(k.usd());
      } else {
        spent = spent.add(k.usd());
      }
    }
    for (String note : draft.transcript().notes()) {
      stdout.println("  " + note.replace("\n", "\n    "));
    }
    stdout.println(exchanges.size() + " exchange(s) (" + cached + " from the cache), " + usage.inputTokens() + " input / "
        + usage.outputTokens() + " output tokens, " + (known ? "$" + spent.toPlainString() + " spent" : "cost unknown")
        + (cached > 0 ? " (cache hits cost $0; they would have cost $" + wouldHaveCost.toPlainString() + ")" : ""));
    String module = t.spec().module();
    if (draft.specText().isEmpty()) {
      stdout.println("NO MODULE: " + draft.extractionProblem());
    } else {
      stdout.println("spec:       " + outDir.resolve(module + ".tla"));
    }
    stdout.println("cfg:        " + outDir.resolve(module + ".cfg") + (draft.cfgFromTask() ? " (built from the task)" : " (the model's)"));
    stdout.println("transcript: " + outDir.resolve("transcript.json"));
    if (!draft.specText().isEmpty()) {
      stdout.println("score it:   sysmobench eval --task " + t.id().value() + " --spec " + outDir.resolve(module + ".tla")
          + " --cfg " + outDir.resolve(module + ".cfg"));
    }
    stdout.flush();
  }

  private EnumSet<Phase> phases() {
    if (criticPhases == null || criticPhases.isEmpty()) {
      return EnumSet.copyOf(EvaluatorCritic.DEFAULT_PHASES);
    }
    return EnumSet.copyOf(criticPhases.stream().map(Phase::fromId).toList());
  }

  /** A folder holding task.yaml is loaded as is; anything else is a task id of the catalog. */
  static Task loadTask(String task) {
    Path folder = Path.of(task);
    if (Files.isRegularFile(folder.resolve(TaskLoader.TASK_FILE))) {
      return TaskLoader.load(folder);
    }
    return TaskCatalog.discover().load(TaskId.of(task));
  }

  /** The traces an agent may see: the task's learning traces, never the scoring ones. */
  static List<Path> traceFiles(Task t) {
    return t.traces().learningFiles();
  }

  /**
   * The installation's committed cassettes ({@code <sysmobench.home>/cassettes}, the launcher sets the
   * home), else the nearest {@code cassettes/} folder above the working directory (running from a checkout).
   */
  static java.util.Optional<Path> defaultCassettes() {
    String home = System.getProperty(TaskCatalog.HOME_PROPERTY, System.getenv(TaskCatalog.HOME_ENV));
    if (home != null && !home.isBlank()) {
      Path installed = Path.of(home, "cassettes");
      return Files.isDirectory(installed) ? java.util.Optional.of(installed) : java.util.Optional.empty();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("cassettes"))) {
        return java.util.Optional.of(p.resolve("cassettes"));
      }
    }
    return java.util.Optional.empty();
  }
}
