package org.sysmobench.check.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.sysmobench.check.EvalContext;
import org.sysmobench.check.Finding;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseChecker;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseDetails.TraceCheck;
import org.sysmobench.check.PhaseDetails.TraceOutcome;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.trace.Trace;
import org.sysmobench.trace.TraceEvent;
import org.sysmobench.trace.TraceFormatException;
import org.sysmobench.trace.TraceReader;

/**
 * Replays each recorded trace of the task through the spec (one TLC job per trace, concurrently on
 * the pool). Score: the share of traces the spec explains in full; the longest explained prefix and the
 * first unexplained event are reported for every rejected trace.
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
      return new PhaseResult(Phase.CONFORMANCE, Verdict.FAIL, 0,
          "the spec does not declare the contract vocabulary, so no trace can be replayed",
          List.of(Finding.loss("vocabulary-missing", "missing from the spec: " + String.join(", ", missing),
              ctx.task().spec().module(), "")),
          new PhaseDetails.Conformance(missing, List.of()));
    }
    List<Path> files = traceFiles(ctx.task().traces().folder());
    if (files.isEmpty()) {
      return PhaseResult.harnessError(Phase.CONFORMANCE, "the task has no recorded traces in "
          + ctx.task().traces().folder() + " (record them with `sysmobench traces record " + ctx.task().id() + "`)",
          null);
    }
    List<Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      prepared.add(prepare(ctx, files.get(i), i + 1));
    }
    List<CompletableFuture<TraceCheck>> futures = prepared.stream().map(p -> p.job == null
        ? CompletableFuture.completedFuture(p.failure)
        : ctx.tlc().submit(p.job).thenApply(r -> judge(p, r))).toList();
    List<TraceCheck> checks = futures.stream().map(CompletableFuture::join).toList();

    List<Finding> findings = new ArrayList<>();
    for (TraceCheck t : checks) {
      switch (t.outcome()) {
        case REJECTED -> findings.add(Finding.loss("trace-rejected", "trace " + t.trace() + ": the spec explains "
            + t.matched() + " of " + t.events() + " events; first unexplained: " + t.firstUnexplained(), t.trace(), ""));
        case INCOMPLETE -> findings.add(Finding.loss("trace-incomplete", "trace " + t.trace()
            + ": replay hit its budget (" + t.message() + "); not counted as accepted", t.trace(), ""));
        case ERROR -> findings.add(Finding.loss("trace-error", "trace " + t.trace() + ": " + t.message(), t.trace(), ""));
        default -> { }
      }
    }
    long accepted = checks.stream().filter(t -> t.outcome() == TraceOutcome.ACCEPTED).count();
    double score = (double) accepted / checks.size();
    boolean anyIncomplete = checks.stream().anyMatch(t -> t.outcome() == TraceOutcome.INCOMPLETE);
    Verdict verdict = accepted == checks.size() ? Verdict.PASS
        : checks.stream().anyMatch(t -> t.outcome() == TraceOutcome.REJECTED || t.outcome() == TraceOutcome.ERROR)
            ? Verdict.FAIL : anyIncomplete ? Verdict.INCOMPLETE : Verdict.FAIL;
    return new PhaseResult(Phase.CONFORMANCE, verdict, score, accepted + "/" + checks.size() + " traces accepted",
        findings, new PhaseDetails.Conformance(List.of(), checks));
  }

  /** A trace ready to replay, or the reason it cannot be. */
  private record Prepared(String name, List<TraceEvent> events, java.util.Set<String> perNode, TlcJob job,
      TraceCheck failure) {}

  private Prepared prepare(EvalContext ctx, Path file, int index) {
    String name = file.getFileName().toString();
    Trace trace;
    try {
      trace = TraceReader.any().read(file);
    } catch (TraceFormatException e) {
      return failed(name, "unreadable trace: " + e.getMessage());
    } catch (IOException e) {
      return failed(name, "cannot read trace: " + e.getMessage());
    }
    Contract contract = ctx.task().contract();
    List<String> lines = new ArrayList<>();
    for (TraceEvent e : trace.events()) {
      if (contract.mappingFor(e.event()).isEmpty()) {
        return failed(name, "event seq " + e.seq() + " '" + e.event() + "' is not in the task's contract");
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
    String module = "TraceCheck" + index;
    String text = TraceCheckModule.render(module, ctx.task().spec().module(), ctx.parse().constants(),
        ctx.parse().variables(), contract, contract.nodeSet(), events);
    Map<String, String> constants = new LinkedHashMap<>(ctx.config().constants());
    if (trace.header().meta().get(CONSTANTS_META) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> constants.put(String.valueOf(k), String.valueOf(v)));
    }
    TlcConfig cfg = TlcConfig.empty().withConstants(constants).withSpecification(TraceCheckModule.SPEC)
        .withInvariants(List.of(TraceCheckModule.ACCEPTED_INVARIANT)).withCheckDeadlock(false);
    TlcJob job = WorkFiles.moduleJob(ctx.workDir(), module, text, cfg,
        TlcBudget.ofTime(ctx.task().budgets().conformance().wallTime()), ctx.seed());
    java.util.Set<String> perNode = contract.variables().stream()
        .filter(v -> v.observation() == org.sysmobench.tasks.Observation.PER_NODE)
        .map(org.sysmobench.tasks.ContractVariable::name).collect(java.util.stream.Collectors.toSet());
    return new Prepared(name, trace.events(), perNode, job, null);
  }

  private static Prepared failed(String name, String why) {
    return new Prepared(name, List.of(), java.util.Set.of(), null, new TraceCheck(name, TraceOutcome.ERROR, 0, 0, "", why, List.of()));
  }

  private static TraceCheck judge(Prepared p, TlcResult r) {
    int n = p.events.size();
    TlcOutcome o = r.outcome();
    if (o instanceof TlcOutcome.SafetyViolated v && v.invariant().equals(TraceCheckModule.ACCEPTED_INVARIANT)) {
      return new TraceCheck(p.name, TraceOutcome.ACCEPTED, n, n, "", "", ActionReplays.of(p.events, n, false, p.perNode));
    }
    if (o instanceof TlcOutcome.Ok) {
      // The search completed without explaining every event; its depth counts the initial state too.
      int matched = (int) Math.max(0, Math.min(n, r.stats().depth() - 1));
      return new TraceCheck(p.name, TraceOutcome.REJECTED, n, matched,
          matched < n ? describe(p.events.get(matched)) : "(none: the cursor reached the end)", "",
          ActionReplays.of(p.events, matched, matched < n, p.perNode));
    }
    if (o instanceof TlcOutcome.Incomplete inc) {
      return new TraceCheck(p.name, TraceOutcome.INCOMPLETE, n, 0, "", inc.summary(), ActionReplays.of(p.events, 0, false, p.perNode));
    }
    return new TraceCheck(p.name, TraceOutcome.ERROR, n, 0, "", o.summary(), ActionReplays.of(p.events, 0, false, p.perNode));
  }

  static String describe(TraceEvent e) {
    return "seq " + e.seq() + " " + e.event() + " on node " + e.node()
        + e.field("args").map(a -> " args " + a).orElse("");
  }

  static List<Path> traceFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list traces in " + folder, e);
    }
  }
}
