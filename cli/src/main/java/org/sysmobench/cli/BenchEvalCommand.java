package org.sysmobench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.check.syntax.SyntaxPhase;
import org.sysmobench.model.TaskId;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.cfg.TlcConfigParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sysmobench bench eval}: a full four-phase evaluation of a task's reference spec through the
 * warm engine (per-phase medians), against the same SANY and TLC work done the original's way: one
 * fresh JVM per SANY or TLC call, one after the other. Both run in the same invocation, on the same
 * machine, so the ratio is fair.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Time a full evaluation of a reference spec: warm engine vs one JVM per SANY/TLC call.")
final class BenchEvalCommand implements Callable<Integer> {
  @Option(names = "--task", description = "Task whose reference spec to evaluate (default: the first with traces).")
  String task;

  @Option(names = "--runs", description = "Timed evaluations through the warm engine (default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--skip-baseline", description = "Skip the one-JVM-per-call baseline.")
  boolean skipBaseline;

  @Mixin EngineOptions engine;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws Exception {
    TaskCatalog catalog = TaskCatalog.discover();
    Task t = task != null ? catalog.load(TaskId.of(task)) : firstWithTraces(catalog);
    SpecSubmission sub = new SpecSubmission(Files.readString(t.reference().spec(), StandardCharsets.UTF_8), "reference",
        Files.readString(t.reference().cfg(), StandardCharsets.UTF_8), SpecSubmission.CfgOrigin.GIVEN);
    Path work = Files.createTempDirectory("sysmobench-bench-eval");
    PrintWriter out = command.commandLine().getOut();
    out.println("bench eval: task " + t.id() + ", reference spec, " + runs + " timed runs");
    Map<String, List<Long>> phaseMillis = new LinkedHashMap<>();
    List<Long> totals = new ArrayList<>();
    EvalResult kept;
    long engineStart = System.nanoTime();
    try (EvalEngine e = engine.open()) {
      long opened = System.nanoTime();
      out.printf(Locale.ROOT, "  engine start (SANY loader + %d TLC workers): %d ms%n", engine.workers,
          (opened - engineStart) / 1_000_000);
      EvalOptions warm = new EvalOptions(EnumSet.allOf(Phase.class), ScoringProfile.SOUND, 1, work.resolve("warm"), false);
      long w0 = System.nanoTime();
      e.evaluator().evaluate(t, sub, warm);
      out.printf(Locale.ROOT, "  first evaluation (cold JIT): %d ms%n", (System.nanoTime() - w0) / 1_000_000);
      for (int i = 0; i < runs; i++) {
        long s = System.nanoTime();
        EvalResult r = e.evaluator().evaluate(t, sub, warm);
        totals.add((System.nanoTime() - s) / 1_000_000);
        r.timingsMillis().forEach((k, v) -> phaseMillis.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
      kept = e.evaluator().evaluate(t, sub, new EvalOptions(EnumSet.allOf(Phase.class), ScoringProfile.SOUND, 1,
          work.resolve("kept"), true));
    }
    out.println("  warm engine, median per phase:");
    for (String k : List.of("parse", "syntax", "runtime", "conformance", "invariants")) {
      if (phaseMillis.containsKey(k)) {
        out.printf(Locale.ROOT, "    %-12s %6d ms%n", k, median(phaseMillis.get(k)));
      }
    }
    long engineTotal = median(totals);
    out.printf(Locale.ROOT, "    %-12s %6d ms  (overall score %.2f)%n", "total", engineTotal, kept.overall());
    if (skipBaseline) {
      return ExitCodes.OK;
    }
    Path keptDir = singleChild(work.resolve("kept"));
    Baseline b = new Baseline(TlaTools.resolve(java.util.Optional.ofNullable(engine.toolsJar)), keptDir, t);
    long sany = b.sany(kept);
    long tlc = b.tlc();
    out.println("  one JVM per call, sequential, one TLC run per invariant template (the original's way):");
    out.printf(Locale.ROOT, "    %-12s %6d ms  (%d SANY processes)%n", "sany", sany, b.sanyCalls);
    out.printf(Locale.ROOT, "    %-12s %6d ms  (%d TLC processes)%n", "tlc", tlc, b.tlcCalls);
    out.printf(Locale.ROOT, "    %-12s %6d ms%n", "total", sany + tlc);
    out.printf(Locale.ROOT, "  speed-up: %.1fx%n", (double) (sany + tlc) / Math.max(1, engineTotal));
    return ExitCodes.OK;
  }

  private static Task firstWithTraces(TaskCatalog catalog) {
    for (TaskId id : catalog.ids()) {
      Task t = catalog.load(id);
      if (t.defaultSet() && t.traces().files().size() > 0) {
        return t;
      }
    }
    throw new IllegalStateException("no task with recorded traces; pass --task");
  }

  private static Path singleChild(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findFirst().orElseThrow(() -> new IOException("no kept work folder in " + dir));
    }
  }

  static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  /** Replays an evaluation's SANY and TLC work as separate JVMs, one after the other. */
  private static final class Baseline {
    private static final String TRACE_CHECK = "SysMoBench_Trace";
    /** The generated trace-check module's tuple of traces (see TraceCheckModule). */
    private static final Pattern TRACES = Pattern.compile("SysMoBench_Traces == <<(.*?)>>\\n", Pattern.DOTALL);
    private final TlaTools tools;
    private final Path dir;
    private final Task task;
    int sanyCalls;
    int tlcCalls;

    Baseline(TlaTools tools, Path dir, Task task) {
      this.tools = tools;
      this.dir = dir;
      this.task = task;
    }

    long sany(EvalResult kept) throws IOException, InterruptedException {
      List<Path> modules = new ArrayList<>();
      modules.add(dir.resolve(task.spec().module() + ".tla"));
      PhaseResult syntax = kept.phases().stream().filter(p -> p.phase() == Phase.SYNTAX).findFirst().orElseThrow();
      String spec = Files.readString(modules.get(0), StandardCharsets.UTF_8);
      Path units = Files.createDirectories(dir.resolve("units"));
      for (String m : SyntaxPhase.standaloneModules(spec, task.spec().module(), (PhaseDetails.Syntax) syntax.details())) {
        String name = m.substring(m.indexOf("MODULE ") + 7, m.indexOf(" ----", m.indexOf("MODULE ")));
        Path f = units.resolve(name + ".tla");
        Files.writeString(f, m, StandardCharsets.UTF_8);
        modules.add(f);
      }
      long s = System.nanoTime();
      for (Path m : modules) {
        run(m.getParent(), List.of("tla2sany.SANY", m.toString()));
        sanyCalls++;
      }
      return (System.nanoTime() - s) / 1_000_000;
    }

    long tlc() throws IOException, InterruptedException {
      Path runtimeSearch = runtimeSearchConfig();
      List<Path> cfgs;
      try (Stream<Path> s = Files.list(dir)) {
        // Our invariant jobs are batched and share the runtime phase's search; the original searches for
        // the runtime phase and checks one template per TLC run, so that is what the baseline does.
        cfgs = s.filter(p -> p.toString().endsWith(".cfg"))
            .filter(p -> !p.getFileName().toString().startsWith("SysMoBench_Safety")
                && !p.getFileName().toString().startsWith("SysMoBench_Model")
                && !p.getFileName().toString().startsWith("SysMoBench_Property_")
                && !p.getFileName().toString().startsWith("SysMoBench_Liveness")
                && !p.getFileName().toString().equals(SharedSearch.MODULE + ".cfg")
                && !p.getFileName().toString().startsWith(TRACE_CHECK))
            .sorted().toList();
      }
      cfgs = new ArrayList<>(cfgs);
      cfgs.addAll(oneJobPerTrace());
      cfgs.addAll(oneJobPerTemplate(runtimeSearch));
      long s = System.nanoTime();
      for (Path cfg : cfgs) {
        String name = cfg.getFileName().toString().replace(".cfg", "");
        boolean generatedModule = Files.exists(dir.resolve(name + ".tla"));
        String spec = generatedModule ? name + ".tla" : task.spec().module() + ".tla";
        List<String> args = new ArrayList<>(List.of("tlc2.TLC", "-config", cfg.getFileName().toString(), "-workers",
            "1", "-metadir", dir.resolve("meta-" + name).toString(), "-nowarning"));
        if (name.equals("SysMoBench_Simulation")) {
          args.addAll(List.of("-simulate", "num=" + task.budgets().runtime().simulations(), "-depth",
              String.valueOf(task.budgets().runtime().depth()), "-seed", "1", "-coverage", "1"));
        } else if (name.equals("SysMoBench_RuntimeSearch")) {
          args.addAll(List.of("-coverage", "1"));
        }
        args.add(spec);
        run(dir, args);
        tlcCalls++;
      }
      return (System.nanoTime() - s) / 1_000_000;
    }

    /**
     * The config of the runtime phase's search of the spec alone: the evaluation wrote it only if the
     * shared search could not serve; otherwise it is the shared search's without the templates.
     */
    private Path runtimeSearchConfig() throws IOException {
      String name = "SysMoBench_RuntimeSearch";
      Path own = dir.resolve(name + ".cfg");
      if (!Files.exists(own)) {
        String shared = Files.readString(dir.resolve(SharedSearch.MODULE + ".tla"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".tla"), shared.replace("MODULE " + SharedSearch.MODULE + " ",
            "MODULE " + name + " "), StandardCharsets.UTF_8);
        TlcConfig cfg = TlcConfigParser.parse(Files.readString(dir.resolve(SharedSearch.MODULE + ".cfg"),
            StandardCharsets.UTF_8)).config();
        Files.writeString(own, cfg.withoutChecks().render(), StandardCharsets.UTF_8);
      }
      return own;
    }

    /**
     * One trace-check module and config per trace, as the original replays them: our runs replay the
     * traces recorded under the same constants together, so each of those modules is split by trace.
     */
    private List<Path> oneJobPerTrace() throws IOException {
      List<Path> groups;
      try (Stream<Path> s = Files.list(dir)) {
        groups = s.filter(p -> p.getFileName().toString().startsWith(TRACE_CHECK) && p.toString().endsWith(".tla"))
            .sorted().toList();
      }
      List<Path> out = new ArrayList<>();
      for (Path group : groups) {
        String name = group.getFileName().toString().replace(".tla", "");
        String text = Files.readString(group, StandardCharsets.UTF_8);
        String cfg = Files.readString(dir.resolve(name + ".cfg"), StandardCharsets.UTF_8);
        Matcher traces = TRACES.matcher(text);
        if (!traces.find()) {
          throw new IOException(group + " has no " + TRACES.pattern());
        }
        List<String> files = List.of(traces.group(1).split(",\n  ")); // as TraceCheckModule joins them
        for (int i = 0; i < files.size(); i++) {
          String single = "Original_" + name + "_" + (i + 1);
          Files.writeString(dir.resolve(single + ".tla"), text.replace("MODULE " + name + " ", "MODULE " + single + " ")
              .replace(traces.group(), "SysMoBench_Traces == <<" + files.get(i) + ">>\n"), StandardCharsets.UTF_8);
          Files.writeString(dir.resolve(single + ".cfg"), cfg, StandardCharsets.UTF_8);
          out.add(dir.resolve(single + ".cfg"));
        }
      }
      return out;
    }

    /** One module and config per invariant template, as the original runs them. */
    private List<Path> oneJobPerTemplate(Path runtimeSearch) throws IOException {
      TlcConfig base = TlcConfigParser.parse(Files.readString(runtimeSearch, StandardCharsets.UTF_8)).config()
          .withActionConstraints(List.of());
      List<Path> out = new ArrayList<>();
      for (InvariantTemplate t : task.invariants()) {
        String module = "Original_" + t.name();
        Files.writeString(dir.resolve(module + ".tla"), "---- MODULE " + module + " ----\nEXTENDS "
            + "SysMoBench_Model\nTemplate ==\n  "
            + t.definition().strip().replace("\n", "\n  ") + "\n====\n", StandardCharsets.UTF_8);
        TlcConfig model = base.withConstants(t.constants());
        if (t.kind() == org.sysmobench.tasks.InvariantKind.LIVENESS) {
          model = model.withSpecification(org.sysmobench.check.model.ModelModule.LIVE_SPEC);
        }
        TlcConfig cfg = t.kind().checkedAsProperty() ? model.withProperties(List.of("Template"))
            : model.withInvariants(List.of("Template"));
        Path file = dir.resolve(module + ".cfg");
        Files.writeString(file, cfg.render(), StandardCharsets.UTF_8);
        out.add(file);
      }
      return out;
    }

    private void run(Path cwd, List<String> args) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:+UseParallelGC", "-Djava.io.tmpdir=" + cwd,
          "-DTLA-Library=" + tools.standardModules() + java.io.File.pathSeparator + tools.libraryModules(),
          "-cp", tools.toolsJar() + java.io.File.pathSeparator + tools.bridgeCodeBase()));
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    }
  }
}
