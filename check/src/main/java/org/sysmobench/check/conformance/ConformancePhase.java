package org.sysmobench.check.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sysmobench.check.EvalInputs;
import org.sysmobench.check.ModelPhase;
import org.sysmobench.check.PhaseStep;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseDetails.TraceCheck;
import org.sysmobench.model.result.PhaseDetails.TraceOutcome;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Contract;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.trace.TraceEvent;

/**
 * Replays each trace through the spec's own behaviour (see {@link TraceCheckModule}): the traces
 * recorded under the same model constants together in one TLC job; when that job cannot tell each
 * trace's fate (an error, a count budget hit) every trace of the group replays alone, so no trace is
 * judged by another's failure. Score: the share of traces the spec explains in full; the longest
 * explained prefix and the first unexplained event are reported for every rejected trace.
 *
 * <p>Which traces: the task's scoring traces (held out from every agent), unless the caller asked for
 * the learning traces. A trace our harness cannot replay (unreadable, an event outside the contract, no
 * events, a crashed worker) is not scored: it counts neither for nor against the spec, and is listed.
 */
public final class ConformancePhase implements ModelPhase {
  @Override
  public Phase phase() {
    return Phase.CONFORMANCE;
  }

  @Override
  public PhaseStep step(EvalInputs in, JobResults done) {
    Contract contract = in.task().contract();
    List<String> missing = ContractVocabulary.missing(contract, in.parse());
    if (!missing.isEmpty()) {
      return PhaseStep.judged(PhaseResult.of(Phase.CONFORMANCE, Verdict.FAIL, Scores.ZERO,
          "the spec does not declare the contract vocabulary, so no trace can be replayed",
          List.of(Finding.loss("vocabulary-missing", "missing from the spec: " + String.join(", ", missing),
              in.task().spec().module(), "")),
          new PhaseDetails.Conformance(missing, List.of())));
    }
    if (in.traces().isEmpty()) {
      return PhaseStep.judged(PhaseResult.harnessError(Phase.CONFORMANCE, "the task has no traces to replay in "
          + in.task().traces().folder() + " (record them with `sysmobench traces record " + in.task().id() + "`)",
          null));
    }
    // Traces recorded under the same constants replay in one TLC run (one search, one start-up).
    Map<Map<String, String>, List<PreparedTrace>> groups = in.traces().stream().filter(PreparedTrace::replayable)
        .collect(Collectors.groupingBy(PreparedTrace::constants, LinkedHashMap::new, Collectors.toList()));
    List<JobRequest> needed = new ArrayList<>();
    Map<String, TraceCheck> byTrace = new HashMap<>();
    for (List<PreparedTrace> group : groups.values()) {
      JobRequest joint = job(in, group);
      Optional<TlcResult> r = done.get(joint.id());
      if (r.isEmpty()) {
        needed.add(joint);
        continue;
      }
      Optional<List<TraceCheck>> told = judge(group, r.get());
      if (told.isPresent()) {
        told.get().forEach(t -> byTrace.put(t.trace(), t));
        continue;
      }
      for (PreparedTrace p : group) {
        JobRequest alone = job(in, List.of(p));
        Optional<TlcResult> a = done.get(alone.id());
        if (a.isEmpty()) {
          needed.add(alone);
        } else {
          judge(List.of(p), a.get()).orElseThrow().forEach(t -> byTrace.put(t.trace(), t));
        }
      }
    }
    if (!needed.isEmpty()) {
      return PhaseStep.needs(needed);
    }
    List<TraceCheck> checks = in.traces().stream().map(p -> p.replayable() ? byTrace.get(p.name()) : p.failure())
        .toList();
    return PhaseStep.judged(judge(checks));
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

  /** The replay of a group of traces (one trace: its replay alone), named by its first trace and its size. */
  private static JobRequest job(EvalInputs in, List<PreparedTrace> group) {
    int first = group.get(0).index();
    String id = group.size() == 1 ? "trace-" + first : "traces-" + first + "_" + group.size();
    String module = "SysMoBench_Trace" + first + (group.size() > 1 ? "_" + group.size() : "");
    List<Path> events = group.stream().map(PreparedTrace::eventsFile).toList();
    String text = TraceCheckModule.render(module, in.task().contract(), in.hookKey(), events);
    PhaseBudget b = in.task().budgets().conformance();
    List<String> variables = new ArrayList<>(in.model().variables());
    variables.add(TraceCheckModule.TRACE);
    variables.add(TraceCheckModule.CURSOR);
    return JobRequest.check(id, module, text, in.config().with(group.get(0).constants()).config(TraceCheckModule.SPEC),
        WorkFiles.budget(b, b.maxStates(), false), variables).reading(events);
  }

  /** Each trace's replay, or empty when a joint run cannot tell (an error, a count budget hit): then each trace replays alone. */
  private static Optional<List<TraceCheck>> judge(List<PreparedTrace> group, TlcResult r) {
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
      return Optional.of(group.stream().map(p -> new TraceCheck(p.name(), outcome, p.events().size(), 0, "",
          o.summary(), ActionReplays.of(p.events(), 0, false, p.perNode()))).toList());
    }
    List<TraceCheck> checks = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      PreparedTrace p = group.get(i);
      int n = p.events().size();
      int matched = Math.max(0, Math.min(n, r.hooks().reached().getOrDefault(i + 1, 0)));
      checks.add(matched == n
          ? new TraceCheck(p.name(), TraceOutcome.ACCEPTED, n, n, "", "", ActionReplays.of(p.events(), n, false,
              p.perNode()))
          : new TraceCheck(p.name(), TraceOutcome.REJECTED, n, matched, describe(p.events().get(matched)), "",
              ActionReplays.of(p.events(), matched, true, p.perNode())));
    }
    return Optional.of(checks);
  }

  static String describe(TraceEvent e) {
    return "seq " + e.seq() + " " + e.event() + " on node " + e.node()
        + e.field("args").map(a -> " args " + a).orElse("");
  }
}
