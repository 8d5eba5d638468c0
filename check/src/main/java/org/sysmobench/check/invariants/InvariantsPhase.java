package org.sysmobench.check.invariants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sysmobench.check.ActionTracker;
import org.sysmobench.check.CheckModule;
import org.sysmobench.check.EvalInputs;
import org.sysmobench.check.ModelPhase;
import org.sysmobench.check.PhaseStep;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.check.runtime.RuntimePhase;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseDetails.InvariantCheck;
import org.sysmobench.model.result.PhaseDetails.InvariantOutcome;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.Trace;
import org.sysmobench.tla.tlc.TraceStep;

/**
 * Checks every invariant template against the spec: the safety and action templates on the task's model
 * together (see {@link SafetyBatches}, which starts from the {@link SharedSearch}; those with model
 * constants of their own together per set of constants), the liveness templates of one model together in
 * one TLC job and each alone only when that is not a clean pass (TLC 2.18 does not say which property a
 * temporal counterexample violates), all concurrently. The author's own INVARIANT and PROPERTY lines are
 * not checked (they are the author's claims, not the benchmark's). A check that hits its budget is
 * INCOMPLETE and not credited.
 *
 * <p>No credit without behaviour. A spec that does little satisfies every safety property vacuously,
 * so the sound profile scales the credit by the share of contract actions that fire in the state space
 * the safety templates were checked on (all of them for a faithful spec; none for one that never moves).
 * Liveness is checked under the spec's own fairness, and only fairness on steps the spec takes counts:
 * each liveness check also checks, in every reachable state, that no fair action has a step that is not
 * a step of the spec's next-state action ({@code SysMoBench_FairWithinNext}); fairness on a ghost action,
 * which no behaviour of the spec can satisfy and which would make every liveness property hold, is a
 * violation. The paper profile credits nothing when the runtime phase showed no behaviour at all.
 *
 * <p>Jobs: the {@link SharedSearch} and the safety rounds ({@link SafetyBatches}), {@code liveness<k>} for
 * the liveness templates of the k-th model when it has several, {@code property:<name>} for a liveness
 * template alone (the only one of its model, or after its model's {@code liveness<k>} did not pass), and
 * the runtime phase's jobs (for the paper profile's guard).
 */
public final class InvariantsPhase implements ModelPhase {
  static final String FAIRNESS_OUTSIDE_NEXT = "fairness-outside-next";
  private static final ModelPhase RUNTIME = new RuntimePhase();

  @Override
  public Phase phase() {
    return Phase.INVARIANTS;
  }

  @Override
  public PhaseStep step(EvalInputs in, JobResults done) {
    List<InvariantTemplate> templates = in.task().invariants();
    List<JobRequest> needed = new ArrayList<>();
    Map<String, InvariantCheck> byName = new HashMap<>();
    List<List<InvariantTemplate>> liveness = livenessByModel(templates);
    for (int k = 0; k < liveness.size(); k++) {
      List<InvariantTemplate> group = liveness.get(k);
      if (group.size() > 1) {
        JobRequest together = livenessJob(in, group, k);
        Optional<TlcResult> r = done.get(together.id());
        if (r.isEmpty()) {
          needed.add(together);
          continue;
        }
        if (r.get().outcome() instanceof TlcOutcome.Ok) {
          group.forEach(t -> byName.put(t.name(), judge(t, r.get())));
          continue;
        }
        // Not a clean pass: which property failed, and how, is what each template's own job says.
      }
      for (InvariantTemplate t : group) {
        JobRequest job = propertyJob(in, t);
        done.get(job.id()).ifPresentOrElse(x -> byName.put(t.name(), judge(t, x)), () -> needed.add(job));
      }
    }
    SafetyBatches.Progress safety = SafetyBatches.step(in, done);
    needed.addAll(safety.needed());
    byName.putAll(safety.settled());
    // The paper profile's guard is the runtime phase's judgement, made from the same job results.
    PhaseStep runtime = RUNTIME.step(in, done);
    if (runtime instanceof PhaseStep.Needs n) {
      needed.addAll(n.jobs());
    }
    if (!needed.isEmpty()) {
      return PhaseStep.needs(needed);
    }
    boolean guard = ((PhaseStep.Judged) runtime).result().details() instanceof PhaseDetails.Runtime rt
        && rt.reachesStates();
    Set<String> exercised = new LinkedHashSet<>();
    safety.runs().forEach(r -> exercised.addAll(ActionTracker.fired(in.task().contract(), r.hooks())));
    List<InvariantCheck> checks = templates.stream().map(t -> byName.get(t.name())).toList();
    return PhaseStep.judged(judge(in, checks, exercised, guard));
  }

  private static PhaseResult judge(EvalInputs in, List<InvariantCheck> checks, Set<String> exercised,
      boolean guard) {
    int contractSize = in.task().contract().actions().size();
    List<String> exercisedInOrder = in.task().contract().actions().stream().map(a -> a.name())
        .filter(exercised::contains).toList();
    PhaseDetails.Invariants details = new PhaseDetails.Invariants(guard, checks, exercisedInOrder, contractSize);
    List<Finding> findings = new ArrayList<>();
    for (InvariantCheck c : checks) {
      switch (c.outcome()) {
        case VIOLATED -> findings.add(c.message().isEmpty()
            ? Finding.loss("invariant-violated", c.kind() + " property " + c.name() + " is violated (counterexample of "
                + c.traceLength() + " states)", c.name(), c.counterexample())
            : Finding.loss(FAIRNESS_OUTSIDE_NEXT, c.name() + " not credited: " + c.message(), c.name(),
                c.counterexample()));
        case INCOMPLETE -> findings.add(Finding.loss(c.message().contains("time budget") ? "time-guard"
            : "invariant-incomplete", c.name() + ": " + c.message() + " (not credited)", c.name(), ""));
        case ERROR -> findings.add(Finding.loss("invariant-error", c.name() + ": " + c.message(), c.name(), ""));
        case NOT_SCORED -> findings.add(Finding.note("harness-error", c.name() + ": " + c.message(), c.name(), ""));
        default -> { }
      }
    }
    if (checks.stream().anyMatch(c -> c.outcome() == InvariantOutcome.NOT_SCORED)) {
      return PhaseResult.of(Phase.INVARIANTS, Verdict.HARNESS_ERROR, Scores.ZERO,
          "harness error (not scored): a template could not be checked", findings, details);
    }
    List<String> unexercised = in.task().contract().actions().stream().map(a -> a.name())
        .filter(a -> !exercised.contains(a)).toList();
    if (!unexercised.isEmpty()) {
      findings.add(Finding.loss("unexercised", "credit scaled by " + exercisedInOrder.size() + "/" + contractSize
          + ": contract actions that never fire in the checked state space, where the templates hold vacuously: "
          + String.join(", ", unexercised), "", ""));
    }
    if (!guard) {
      findings.add(Finding.note("vacuous", "the paper profile credits nothing: the runtime phase showed no behaviour",
          "", ""));
    }
    long holds = checks.stream().filter(c -> c.outcome() == InvariantOutcome.HOLDS).count();
    double base = checks.isEmpty() ? 0 : (double) holds / checks.size();
    Scores scores = new Scores(base * details.exercisedShare(), guard ? base : 0);
    boolean failed = checks.stream().anyMatch(c -> c.outcome() == InvariantOutcome.VIOLATED
        || c.outcome() == InvariantOutcome.ERROR);
    Verdict verdict = checks.isEmpty() || failed || !unexercised.isEmpty() ? Verdict.FAIL
        : holds < checks.size() ? Verdict.INCOMPLETE : Verdict.PASS;
    String rates = Stream.of("safety", "action", "liveness")
        .filter(k -> checks.stream().anyMatch(c -> c.kind().equals(k))).map(k -> k + " " + rate(checks, k))
        .collect(Collectors.joining(", "));
    return PhaseResult.of(Phase.INVARIANTS, verdict, scores, holds + "/" + checks.size() + " hold (" + rates + ")"
        + (unexercised.isEmpty() ? "" : "; " + exercisedInOrder.size() + "/" + contractSize + " contract actions "
            + "exercised"), findings, details);
  }

  private static String rate(List<InvariantCheck> checks, String kind) {
    long total = checks.stream().filter(c -> c.kind().equals(kind)).count();
    long holds = checks.stream().filter(c -> c.kind().equals(kind) && c.outcome() == InvariantOutcome.HOLDS).count();
    return holds + "/" + total;
  }

  /** The liveness templates grouped by their model constants (groups and templates in task order). */
  private static List<List<InvariantTemplate>> livenessByModel(List<InvariantTemplate> templates) {
    Map<Map<String, String>, List<InvariantTemplate>> byModel = new LinkedHashMap<>();
    templates.stream().filter(t -> t.kind() == InvariantKind.LIVENESS)
        .forEach(t -> byModel.computeIfAbsent(t.constants(), k -> new ArrayList<>()).add(t));
    return List.copyOf(byModel.values());
  }

  /**
   * A job checking the liveness templates of one model together ({@code liveness<k>}). It stands for
   * their own jobs only when it passes cleanly (each property holds on the whole graph, within the same
   * budget, as it would alone); anything else runs each template's own job, so a verdict never depends
   * on what was checked with it.
   */
  private static JobRequest livenessJob(EvalInputs in, List<InvariantTemplate> group, int k) {
    return livenessCheck(in, "liveness" + k, "SysMoBench_Liveness" + k, group);
  }

  /** A job checking one liveness template on its own. */
  private static JobRequest propertyJob(EvalInputs in, InvariantTemplate t) {
    return livenessCheck(in, "property:" + t.name(), "SysMoBench_Property_" + t.name(), List.of(t));
  }

  /**
   * A job checking {@code templates} (of one model) as PROPERTYs of the specification with its
   * fairness, with the check that the fairness covers only steps of the next-state action as an
   * INVARIANT, under the liveness budget and the templates' model constants.
   */
  private static JobRequest livenessCheck(EvalInputs in, String id, String module, List<InvariantTemplate> templates) {
    PhaseBudget b = in.task().budgets().liveness();
    CheckModule m = CheckModule.render(module, in.task().contract(), in.defined(), in.hookKey(), templates);
    TlcConfig cfg = in.config().with(templates.get(0).constants()).config(ModelModule.LIVE_SPEC)
        .withProperties(templates.stream().map(CheckModule::checkedName).toList())
        .withInvariants(List.of(ModelModule.FAIR_WITHIN_NEXT));
    return JobRequest.check(id, module, m.text(), cfg, WorkFiles.budget(b, b.maxStates(), false),
        in.model().variables());
  }

  static InvariantCheck judge(InvariantTemplate t, TlcResult r) {
    TlcOutcome o = r.outcome();
    String kind = kind(t);
    if (o instanceof TlcOutcome.Ok) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.HOLDS, 0, "", "");
    }
    if (o instanceof TlcOutcome.SafetyViolated v && v.invariant().equals(ModelModule.FAIR_WITHIN_NEXT)) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.VIOLATED, v.trace().length(), render(v.trace()),
          "the spec's fairness asks for a step that is not a step of its next-state action (in the last state "
              + "below), so no behaviour of the spec can be fair there and liveness would hold vacuously");
    }
    if (o instanceof TlcOutcome.SafetyViolated v) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.VIOLATED, v.trace().length(), render(v.trace()), "");
    }
    if (o instanceof TlcOutcome.LivenessViolated v) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.VIOLATED, v.trace().length(), render(v.trace()), "");
    }
    if (o instanceof TlcOutcome.Incomplete inc) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.INCOMPLETE, 0, "", inc.summary());
    }
    if (o instanceof TlcOutcome.HarnessError h) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.NOT_SCORED, 0, "", h.summary());
    }
    return new InvariantCheck(t.name(), kind, InvariantOutcome.ERROR, 0, "", o.summary());
  }

  static String kind(InvariantTemplate t) {
    return t.kind().name().toLowerCase(Locale.ROOT);
  }

  /** A counterexample as people read it: one block per state, the action that led there on top. */
  static String render(Trace trace) {
    StringBuilder sb = new StringBuilder();
    for (TraceStep s : trace.steps()) {
      sb.append(s.number()).append(": ").append(s.action()).append('\n');
      s.variables().forEach((k, v) -> sb.append("   ").append(k).append(" = ").append(v.render()).append('\n'));
    }
    if (trace.tail() instanceof org.sysmobench.tla.tlc.TraceTail.Stuttering) {
      sb.append("then stutters forever\n");
    } else if (trace.tail() instanceof org.sysmobench.tla.tlc.TraceTail.BackToState back) {
      sb.append("then back to state ").append(back.stateNumber()).append(" (").append(back.action()).append(")\n");
    }
    return sb.toString();
  }
}
