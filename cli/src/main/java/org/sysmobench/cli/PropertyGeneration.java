package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumSet;
import org.sysmobench.agents.AgentId;
import org.sysmobench.agents.AuthorOptions;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Transcript;
import org.sysmobench.agents.TranscriptJson;
import org.sysmobench.agents.properties.PropertyAuthor;
import org.sysmobench.agents.properties.PropertyDraft;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.Track;
import org.sysmobench.model.result.Phase;
import org.sysmobench.runs.AuthorDirectory;
import org.sysmobench.runs.EvaluatorCritic;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.llm.Cost;
import org.sysmobench.llm.LlmException;
import org.sysmobench.llm.Usage;
import org.sysmobench.llm.cache.CacheMode;
import org.sysmobench.llm.cache.ResponseCache;
import org.sysmobench.llm.client.ClientSettings;
import org.sysmobench.llm.client.LlmClients;
import org.sysmobench.llm.config.ModelConfig;
import org.sysmobench.runs.ProgressLine;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;

/**
 * {@code sysmobench generate --track invariants}: an invariants-track author proposes the task's
 * correctness properties; the sheet ({@value #SHEET}) and the transcript land in the output folder. The
 * repair author's critic runs the scorer's learning checks (the reference and the learning traces) on
 * this machine's engine. Options were checked by {@link GenerateCommand} before any paid call.
 */
final class PropertyGeneration {
  static final String SHEET = "properties.tla";

  private final GenerateCommand options;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  PropertyGeneration(GenerateCommand options, PrintWriter stdout, PrintWriter stderr) {
    this.options = options;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  int generate(Task t, ModelConfig modelConfig, CacheMode mode, Path cacheDir, List<Path> fixtures, Path outDir)
      throws IOException {
    List<SourceFile> sources;
    try {
      sources = SourceMaterializer.standard(TlaTools.defaultCacheRoot()).materialize(t);
    } catch (RuntimeException e) {
      stderr.println("generate: cannot get the task's inputs: " + e.getMessage());
      return ExitCodes.HARNESS_ERROR;
    }
    AgentId id = AgentId.parse(options.agent);
    boolean repairs = id.repair();
    PropertyDraft draft;
    ClientSettings settings = ClientSettings.defaults().withObserver(new ProgressLine(StatusConsole.forErrors(stderr)));
    try (ScratchFolder criticWork = repairs
            ? ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sysmobench-critic") : null;
         EvalEngine engine = repairs ? options.engine.open() : null;
         LlmClients clients = LlmClients.builder().env(options.env).cache(new ResponseCache(cacheDir, mode, fixtures))
             .settings(settings).build()) {
      AuthorDirectory agents = AuthorDirectory.of(AuthorOptions.defaults().withRepairRounds(options.repairRounds));
      AuthorDirectory.Bound authors = engine == null ? agents.withoutCritic() : agents.bind(engine.evaluator(),
          new DiscoveryScorer(engine.sany(), engine.pool()), new EvalOptions(EnumSet.allOf(Phase.class),
              ScoringProfile.SOUND, options.seed, criticWork.path(), false), EvaluatorCritic.DEFAULT_PHASES);
      PropertyAuthor author = authors.propertyAuthor(Track.INVARIANTS.cellAgent(id.value()));
      stdout.println("generate: invariants track, " + author.id() + " with " + modelConfig.name() + " on "
          + t.id().value() + " (sample " + options.sample + ", seed " + options.seed + ", cache " + mode.id() + " "
          + cacheDir + (fixtures.isEmpty() ? "" : ", cassettes " + fixtures.get(0)) + ")");
      stdout.flush();
      draft = author.write(new AuthoringRequest(t, clients.forModel(modelConfig), sources, List.of(), options.sample,
          options.seed));
    } catch (LlmException | IllegalArgumentException | java.io.UncheckedIOException e) {
      return GenerateCommand.authoringFailed(e, stderr, cacheDir, fixtures);
    }
    Files.createDirectories(outDir);
    if (!draft.sheet().isEmpty()) {
      Files.writeString(outDir.resolve(SHEET), draft.sheet(), StandardCharsets.UTF_8);
    }
    Files.writeString(outDir.resolve("transcript.json"), new TranscriptJson().toPrettyString(new TranscriptJson.Header(
        Track.INVARIANTS.cellAgent(id.value()), options.model, t.id().value(), options.sample, options.seed), draft),
        StandardCharsets.UTF_8);
    report(outDir, t, draft);
    return draft.sheet().isEmpty() ? ExitCodes.FAIL : ExitCodes.OK;
  }

  private void report(Path outDir, Task t, PropertyDraft draft) {
    List<Transcript.Exchange> exchanges = draft.transcript().exchanges();
    Usage usage = exchanges.stream().map(e -> e.completion().usage()).reduce(Usage.ZERO, Usage::plus);
    long cached = exchanges.stream().filter(e -> e.completion().fromCache()).count();
    BigDecimal spent = BigDecimal.ZERO;
    boolean known = true;
    for (Transcript.Exchange e : exchanges) {
      if (e.completion().cost() instanceof Cost.Known k) {
        spent = e.completion().fromCache() ? spent : spent.add(k.usd());
      } else {
        known &= e.completion().fromCache();
      }
    }
    draft.transcript().notes().forEach(n -> stdout.println("  " + n.replace("\n", "\n    ")));
    stdout.println(exchanges.size() + " exchange(s) (" + cached + " from the cache), " + usage.inputTokens() + " input / "
        + usage.outputTokens() + " output tokens, " + (known ? "$" + spent.toPlainString() + " spent" : "cost unknown"));
    if (draft.sheet().isEmpty()) {
      stdout.println("NO PROPERTY SHEET: " + draft.extractionProblem());
    } else {
      stdout.println("properties: " + outDir.resolve(SHEET));
    }
    stdout.println("transcript: " + outDir.resolve("transcript.json"));
    if (!draft.sheet().isEmpty()) {
      stdout.println("score it:   sysmobench eval-properties --task " + t.id().value() + " --sheet "
          + outDir.resolve(SHEET));
    }
    stdout.flush();
  }
}
