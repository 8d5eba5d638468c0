package org.sysmobench.check.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.sysmobench.check.EvalContext;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.check.PhaseChecker;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseDetails.TraceCheck;
import org.sysmobench.model.result.PhaseDetails.TraceOutcome;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tasks.Observation;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * Replays each trace through the spec's own behaviour (see {@link TraceCheckModule}): the traces
 * recorded under the same model constants together in one TLC job, the groups concurrently on the pool.
 * Score: the share of traces the spec explains in full; the longest explained prefix and the first
 * unexplained event are reported for every rejected trace.
 *
 * <p>Which traces: the task's scoring traces (held out from every agent), unless the caller asked for
 * the learning traces. A trace our harness cannot replay (unreadable, an event outside the contract, no
 * events, a crashed worker) is not scored: it counts neither for nor against the spec, and is listed.
 */
public final class ConformancePhase implements PhaseChecker {
  /** Trace meta key holding TLC constant overrides for the run that recorded the trace (e.g. the node set). */
  public static final String CONSTANTS_META = "constants";
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public Phase phase() {
    return Phase.CONFORMANCE;
  }

  @Override
  public PhaseResult check(EvalContext ctx) {
    Contract contract = ctx.task().contract();
    List<String> missing = ContractVocabulary.missing(contract, ctx.parse());
    if (!missing.isEmpty()) {
      return PhaseResult.of(Phase.CONFORMANCE, Verdict.FAIL, Scores.ZERO,
          "the spec does not declare the contract vocabulary, so no trace can be replayed",
          List.of(Finding.loss("vocabulary-missing", "missing from the spec: " + String.join(", ", missing),
              ctx.task().spec().module(), "")),
          new PhaseDetails.Conformance(missing, List.of()));
    }
    List<Path> files = ctx.traces();
    if (files.isEmpty()) {
      return PhaseResult.harnessError(Phase.CONFORMANCE, "the task has no traces to replay in "
          + ctx.task().traces().folder() + " (record them with `sysmobench traces record " + ctx.task().id() + "`)",
          null);
    }
    List<Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      prepared.add(prepare(ctx, files.get(i), i + 1));
    }
    // Traces recorded under the same constants replay in one TLC run (one search, one start-up).
    Map<Map<String, String>, List<Prepared>> groups = prepared.stream().filter(p -> p.failure == null)
        .collect(Collectors.groupingBy(Prepared::constants, LinkedHashMap::new, Collectors.toList()));
    List<CompletableFuture<List<TraceCheck>>> runs = groups.values().stream().map(g -> replay(ctx, g)).toList();
    Map<String, TraceCheck> byTrace = new HashMap<>();
    runs.stream().map(CompletableFuture::join).flatMap(List::stream).forEach(t -> byTrace.put(t.trace(), t));
    List<TraceCheck> checks = prepared.stream().map(p -> p.failure != null ? p.failure : byTrace.get(p.name)).toList();
    return judge(checks);
  }

  private static PhaseResult judge(List<TraceCheck> checks) {
    List<Finding> findings = new ArrayList<>();
    for (TraceCheck t : checks) {
      switch (t.outcome()) {
        case REJECTED -> findings.add(Finding.loss("trace-rejected", "trace " + t.trace() + ": the spec explains "
            + t.matched() + " of " + t.events() + " events; first unexplained: " + t.firstUnexplained(), t.trace(), ""));
        case INCOMPLETE -> findings.add(Finding.loss(t.message().contains("time budget") ? "time-guard"
            : "trace-incomplete", "trace " + t.trace() + ": replay hit its budget (" + t.message()
            + "); not counted as accepted", t.trace(), ""));
        case ERROR -> findings.add(Finding.loss("trace-error", "trace " + t.trace() + ": " + t.message(), t.trace(), ""));
        case NOT_SCORED -> findings.add(Finding.note("trace-not-scored", "trace " + t.trace() + " was not scored: "
            + t.message(), t.trace(), ""));
        default -> { }
      }
    }
    List<TraceCheck> scored = checks.stream().filter(t -> t.outcome() != TraceOutcome.NOT_SCORED).toList();
    if (scored.isEmpty()) {
      return PhaseResult.of(Phase.CONFORMANCE, Verdict.HARNESS_ERROR, Scores.ZERO,
          "harness error (not scored): no trace could be replayed", findings,
          new PhaseDetails.Conformance(List.of(), checks));
    }
    long accepted = scored.stream().filter(t -> t.outcome() == TraceOutcome.ACCEPTED).count();
    double score = (double) accepted / scored.size();
    boolean failed = scored.stream().anyMatch(t -> t.outcome() == TraceOutcome.REJECTED
        || t.outcome() == TraceOutcome.ERROR);
    Verdict verdict = accepted == scored.size() ? Verdict.PASS : failed ? Verdict.FAIL : Verdict.INCOMPLETE;
    int notScored = checks.size() - scored.size();
    return PhaseResult.of(Phase.CONFORMANCE, verdict, Scores.both(score), accepted + "/" + scored.size()
        + " traces accepted" + (notScored > 0 ? " (" + notScored + " not scored)" : ""), findings,
        new PhaseDetails.Conformance(List.of(), checks));
  }

  /** A trace ready to replay (its events file and model constants), or the reason it cannot be. */
  private record Prepared(String name, int index, List<TraceEvent> events, Path eventsFile,
      Map<String, String> constants, Set<String> perNode, TraceCheck failure) {}

  private Prepared prepare(EvalContext ctx, Path file, int index) {
    String name = file.getFileName().toString();
    Trace trace;
    try {
      trace = TraceReader.any().read(file);
    } catch (TraceFormatException e) {
      return notScored(name, index, "unreadable trace: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return notScored(name, index, "cannot read trace: " + e.getMessage());
    }
    if (trace.events().isEmpty()) {
      return notScored(name, index, "the trace holds no events");
    }
    Contract contract = ctx.task().contract();
    List<String> lines = new ArrayList<>();
    for (TraceEvent e : trace.events()) {
      if (contract.mappingFor(e.event()).isEmpty()) {
        return notScored(name, index, "event seq " + e.seq() + " '" + e.event() + "' is not in the task's contract");
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("event", e.event());
      line.put("node", e.node());
      line.put("args", e.field("args").orElse(Map.of()));
      line.put("state", e.field("state").orElse(Map.of()));
      try {
        lines.add(JSON.writeValueAsString(line));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    Path events = ctx.workDir().resolve("trace-" + index + ".events.ndjson");
    WorkFiles.write(events, String.join("\n", lines) + "\n");
    Map<String, String> own = new LinkedHashMap<>(ctx.task().traces().constants());
    if (trace.header().meta().get(CONSTANTS_META) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> own.put(String.valueOf(k), String.valueOf(v)));
    }
    Map<String, String> constants = new LinkedHashMap<>(ctx.config().with(own).constants());
    Set<String> perNode = contract.variables().stream().filter(v -> v.observation() == Observation.PER_NODE)
        .map(ContractVariable::name).collect(Collectors.toSet());
    return new Prepared(name, index, trace.events(), events, constants, perNode, null);
  }

  private static Prepared notScored(String name, int index, String why) {
    return new Prepared(name, index, List.of(), null, Map.of(), Set.of(),
        new TraceCheck(name, TraceOutcome.NOT_SCORED, 0, 0, "", why, List.of()));
  }

  /**
   * Replays a group of traces with the same constants in one TLC run. When that run cannot tell each
   * trace's fate (an error, a budget hit), every trace of the group replays alone, so no trace is judged
   * by another's failure.
   */
  private CompletableFuture<List<TraceCheck>> replay(EvalContext ctx, List<Prepared> group) {
    return ctx.run(job(ctx, group)).thenCompose(r -> judge(group, r).map(CompletableFuture::completedFuture)
        .orElseGet(() -> {
          List<CompletableFuture<List<TraceCheck>>> alone = group.stream().map(p -> replay(ctx, List.of(p))).toList();
          return CompletableFuture.allOf(alone.toArray(CompletableFuture[]::new))
              .thenApply(v -> alone.stream().flatMap(f -> f.join().stream()).toList());
        }));
  }

  private static TlcJob job(EvalContext ctx, List<Prepared> group) {
    String module = "SysMoBench_Trace" + group.get(0).index + (group.size() > 1 ? "_" + group.size() : "");
    List<Path> events = group.stream().map(Prepared::eventsFile).toList();
    String text = TraceCheckModule.render(module, ctx.task().contract(), ctx.hookKey(), events);
    PhaseBudget b = ctx.task().budgets().conformance();
    List<String> variables = new ArrayList<>(ctx.model().variables());
    variables.add(TraceCheckModule.TRACE);
    variables.add(TraceCheckModule.CURSOR);
    return WorkFiles.moduleJob(ctx, module, text, ctx.config().with(group.get(0).constants).config(TraceCheckModule.SPEC),
        WorkFiles.budget(b, b.maxStates(), false), variables, events);
  }

  /** Each trace's replay, or empty when the run cannot tell (see {@link #replay}). */
  private static Optional<List<TraceCheck>> judge(List<Prepared> group, TlcResult r) {
    TlcOutcome o = r.outcome();
    boolean alone = group.size() == 1;
    // The time guard settles the whole group: replaying its traces one by one would only multiply the time.
    boolean timeGuard = o instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.TIME;
    if (!(o instanceof TlcOutcome.Ok)) {
      if (!alone && !timeGuard) {
        return Optional.empty();
      }
      TraceOutcome outcome = o instanceof TlcOutcome.Incomplete ? TraceOutcome.INCOMPLETE
          : o instanceof TlcOutcome.HarnessError ? TraceOutcome.NOT_SCORED : TraceOutcome.ERROR;
      return Optional.of(group.stream().map(p -> new TraceCheck(p.name, outcome, p.events.size(), 0, "", o.summary(),
          ActionReplays.of(p.events, 0, false, p.perNode))).toList());
    }
    List<TraceCheck> checks = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Prepared p = group.get(i);
      int n = p.events.size();
      int matched = Math.max(0, Math.min(n, r.hooks().reached().getOrDefault(i + 1, 0)));
      checks.add(matched == n
          ? new TraceCheck(p.name, TraceOutcome.ACCEPTED, n, n, "", "", ActionReplays.of(p.events, n, false, p.perNode))
          : new TraceCheck(p.name, TraceOutcome.REJECTED, n, matched, describe(p.events.get(matched)), "",
              ActionReplays.of(p.events, matched, true, p.perNode)));
    }
    return Optional.of(checks);
  }

  static String describe(TraceEvent e) {
    return "seq " + e.seq() + " " + e.event() + " on node " + e.node()
        + e.field("args").map(a -> " args " + a).orElse("");
  }
}
