package org.sysmobench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sysmobench.runs.FreshTraces;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.ResultJson;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.check.TaskChecker;
import org.sysmobench.check.TaskValidator;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.check.discovery.HiddenMutantCheck;
import org.sysmobench.model.TaskId;
import org.sysmobench.runs.StatusConsole;
import org.sysmobench.tasks.SourceMaterializer;
import org.sysmobench.tasks.SourceUnavailableException;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskCatalog;
import org.sysmobench.tasks.TaskPackageException;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.scratch.ScratchFolder;
import org.sysmobench.trace.TraceRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sysmobench task check ID}: proves a task sound. Its sources must materialize and verify, its
 * reference spec must score 100% on every phase, and every mutant must lose points where it says; a task
 * with an invariants track must also keep its hidden mutants honest ({@link HiddenMutantCheck}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a task: sources verify, the reference scores 100%%, every mutant loses where it should;",
        "with a discovery.yaml, each hidden mutant of the invariants track keeps the contract's types and breaks",
        "exactly the templates it declares."},
    footer = {"", "Exit codes: 0 sound, 10 not sound, 20 cannot be checked here (sources or harness out of reach),",
        "  30 harness error, 2 bad command line."})
final class TaskCheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TASK") String id;

  @Option(names = "--record", paramLabel = "N",
      description = "Record N fresh traces with the task's harness first and check against those.")
  int record;

  @Option(names = "--seed", description = "Seed for recording and evaluation (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--profile", description = "Scoring profile (default: ${DEFAULT-VALUE}).")
  String profile = "sound";

  @Option(names = "--json", paramLabel = "DIR", description = "Write each evaluation's JSON result into DIR.")
  Path jsonDir;

  @Mixin EngineOptions engine;

  /** Where the PATH for the harness's toolchain check is read from. */
  java.util.Map<String, String> env = System.getenv();

  @Spec CommandSpec command;

  /**
   * {@code discrimination: 5/6 mutants lose points (conformance 3, invariants 4); only the invariants phase
   * sees: a, b}.
   */
  static String discriminationLine(TaskChecker.Discrimination d) {
    java.util.Map<String, Integer> byPhase = new java.util.LinkedHashMap<>();
    for (Phase p : Phase.values()) {
      long n = d.caught().stream().filter(v -> v.lostIn().contains(p.id())).count();
      if (n > 0) {
        byPhase.put(p.id(), (int) n);
      }
    }
    StringBuilder line = new StringBuilder("discrimination: ").append(d.caught().size()).append('/').append(d.total())
        .append(" mutants lose points");
    if (!byPhase.isEmpty()) {
      line.append(" (").append(String.join(", ", byPhase.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
          .append(')');
    }
    List<String> only = d.invariantsOnly().stream().map(v -> v.name().replaceFirst("^discrimination ", "")).toList();
    if (!only.isEmpty()) {
      line.append("; only the invariants phase sees: ").append(String.join(", ", only));
    }
    return line.toString();
  }

  @Override
  public Integer call() throws Exception {
    engine.validate();
    OptionChecks.inRange("--record", record, 0, 1000);
    OptionChecks.oneOf("profile", profile, EvalCommand.PROFILES);
    if (jsonDir != null) {
      OptionChecks.writableFolder("--json", jsonDir);
    }
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    Task task;
    try {
      task = TaskCatalog.discover().load(TaskId.of(id));
    } catch (TaskPackageException e) {
      out.println("NOT SOUND: " + e.getMessage());
      return ExitCodes.FAIL;
    } catch (IllegalArgumentException e) {
      err.println("task check: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      SourceMaterializer.standard(TlaTools.defaultCacheRoot()).materialize(task);
      out.println("sources: " + task.sources().stream().mapToLong(s -> s.files().size()).sum()
          + " files verified");
    } catch (SourceUnavailableException e) {
      out.println("CANNOT CHECK HERE: " + e.getMessage());
      return ExitCodes.INCOMPLETE;
    }
    Path fresh = null;
    if (record > 0) {
      Optional<TraceRecorder> recorder = Recorders.forTask(task.id());
      if (recorder.isEmpty()) {
        out.println("CANNOT CHECK HERE: task " + id + " has no trace harness on this machine");
        return ExitCodes.INCOMPLETE;
      }
      if (record < recorder.get().scenarios()) {
        out.println("note: " + record + " traces play " + record + " of the " + recorder.get().scenarios()
            + " scenarios of " + id + "; a mutant wrong only in the others cannot lose points on them");
      }
      Optional<String> missing = FreshTraces.missing(recorder.get().prerequisites(env));
      if (missing.isPresent()) {
        out.println("CANNOT CHECK HERE: " + id + " " + missing.get());
        return ExitCodes.INCOMPLETE;
      }
      fresh = Files.createTempDirectory("sysmobench-traces-" + id);
      StatusConsole console = StatusConsole.forErrors(err);
      console.status("task check: recording " + record + " fresh traces of " + id + "...");
      TraceRecorder.Recording r = recorder.get().record(fresh, record, seed,
          (done, of) -> console.status("task check: recording " + id + ": " + done + "/" + of + " traces"));
      console.clearStatus();
      out.println("traces: recorded " + r.traces().size() + " fresh traces");
      task = task.withTraceFolder(fresh);
    } else if (task.traces().files().size() == 0) {
      out.println("CANNOT CHECK HERE: task " + id + " has no recorded traces (use --record N with its harness)");
      return ExitCodes.INCOMPLETE;
    }
    TaskChecker.Report report;
    Optional<HiddenMutantCheck.Report> hidden = Optional.empty();
    try (ScratchFolder work = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")), "sysmobench-taskcheck");
        EvalEngine e = engine.open()) {
      EvalOptions options = new EvalOptions(EnumSet.allOf(Phase.class), ScoringProfile.fromId(profile), seed,
          work.path(), false);
      List<String> problems = TaskValidator.problems(task, e.sany());
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println("problem: " + p));
        out.println("task " + id + " is NOT sound");
        return ExitCodes.FAIL;
      }
      try (ElapsedTicker ticker = ElapsedTicker.start(StatusConsole.forErrors(err), "task check: scoring the reference"
          + " and " + (task.reference().mutants().size() + task.reference().discrimination().size()) + " mutants of " + id
          + " on every phase")) {
        report = new TaskChecker(e.evaluator()).check(task, options);
      }
      // The invariants track's hidden mutants, once the spec track is sound (a task that is not sound
      // already fails; checking them too would only make the answer slower).
      if (report.ok() && DiscoveryScorer.hasTrack(task)) {
        try (ElapsedTicker ticker = ElapsedTicker.start(StatusConsole.forErrors(err), "task check: the invariants track's"
            + " hidden mutants of " + id)) {
          hidden = Optional.of(new HiddenMutantCheck(e.sany(), e.pool()).check(task, work.path()));
        }
      }
    }
    for (TaskChecker.SpecVerdict v : report.specs()) {
      StringBuilder scores = new StringBuilder();
      for (PhaseResult p : v.result().phases()) {
        scores.append(String.format(Locale.ROOT, " %s %.2f", p.phase().id(), p.score()));
      }
      out.printf("%-4s %-32s%s  %s%n", v.ok() ? "ok" : "FAIL", v.name(), scores, v.why());
      if (!v.ok() && v.name().equals("reference")) {
        // The reference must score 100%: say where each point went, down to the trace line.
        LostPointsExplainer.explain(v.result(), task.traces().folder()).forEach(out::println);
      }
      if (jsonDir != null) {
        Files.createDirectories(jsonDir);
        Files.writeString(jsonDir.resolve(v.name().replace(' ', '-') + ".json"), ResultJson.write(v.result()),
            StandardCharsets.UTF_8);
      }
    }
    TaskChecker.Discrimination d = report.discrimination();
    if (d.total() > 0) {
      out.println(discriminationLine(d));
    }
    hidden.ifPresent(h -> h.explain().lines().forEach(l -> out.println("invariants track: " + l)));
    boolean sound = report.ok() && hidden.map(HiddenMutantCheck.Report::ok).orElse(true);
    out.println(sound ? "task " + id + " is sound" : "task " + id + " is NOT sound");
    if (fresh != null) {
      out.println("(fresh traces kept in " + fresh + ")");
    }
    return sound ? ExitCodes.OK : ExitCodes.FAIL;
  }
}
