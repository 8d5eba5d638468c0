package org.sysmobench.check.invariants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.EvalContext;
import org.sysmobench.check.Finding;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseChecker;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseDetails.InvariantCheck;
import org.sysmobench.check.PhaseDetails.InvariantOutcome;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.TemplateModule;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.Trace;
import org.sysmobench.tla.tlc.TraceStep;

/**
 * Checks every invariant template against the spec: the safety templates together (see {@link
 * SafetyBatches}, which starts from the {@link SharedSearch}), each action or liveness template in its own TLC job (TLC 2.18 does not say which
 * property a temporal counterexample violates), all concurrently. The author's own INVARIANT and PROPERTY lines are
 * not checked (they are the author's claims, not the benchmark's). A check that hits its budget is
 * INCOMPLETE and not credited. Nothing is credited when the runtime phase did not show reachable
 * behaviour: a spec whose Init is unsatisfiable or whose actions never fire satisfies every safety
 * property vacuously.
 */
public final class InvariantsPhase implements PhaseChecker {
  @Override
  public Phase phase() {
    return Phase.INVARIANTS;
  }

  @Override
  public PhaseResult check(EvalContext ctx) {
    List<InvariantTemplate> templates = ctx.task().invariants();
    PhaseBudget b = ctx.task().budgets().invariants();
    // The checks start before the runtime phase has judged the spec (its verdict is needed only to
    // credit them), so all TLC jobs of the evaluation share the workers from the start.
    List<CompletableFuture<InvariantCheck>> alone = new ArrayList<>();
    for (InvariantTemplate t : templates) {
      if (t.kind().checkedAsProperty() || !t.constants().isEmpty()) {
        alone.add(ctx.tlc().submit(job(ctx, List.of(t), "Property_" + t.name(), b)).thenApply(r -> judge(t, r)));
      }
    }
    Map<String, InvariantCheck> byName = new HashMap<>(
        new SafetyBatches(ctx, b).check(SharedSearch.templates(ctx.task()), ctx.search().start(ctx).join()));
    alone.stream().map(CompletableFuture::join).forEach(c -> byName.put(c.name(), c));
    boolean guard = ctx.awaitPhase(Phase.RUNTIME)
        .map(r -> r.details() instanceof PhaseDetails.Runtime rt && rt.reachesStates()).orElse(false);
    if (!guard) {
      List<InvariantCheck> none = templates.stream().map(t -> new InvariantCheck(t.name(), kind(t),
          InvariantOutcome.ERROR, 0, "", "not credited: the spec shows no reachable behaviour")).toList();
      return new PhaseResult(Phase.INVARIANTS, Verdict.FAIL, 0,
          "not credited: the runtime phase showed no reachable behaviour (Init unsatisfiable or no action fires)",
          List.of(Finding.loss("vacuous", "invariants are not credited on a spec that shows no behaviour", "", "")),
          new PhaseDetails.Invariants(false, none));
    }
    List<InvariantCheck> checks = templates.stream().map(t -> byName.get(t.name())).toList();
    List<Finding> findings = new ArrayList<>();
    for (InvariantCheck c : checks) {
      switch (c.outcome()) {
        case VIOLATED -> findings.add(Finding.loss("invariant-violated", c.kind() + " property " + c.name()
            + " is violated (counterexample of " + c.traceLength() + " states)", c.name(), c.counterexample()));
        case INCOMPLETE -> findings.add(Finding.loss("invariant-incomplete", c.name() + ": " + c.message()
            + " (not credited)", c.name(), ""));
        case ERROR -> findings.add(Finding.loss("invariant-error", c.name() + ": " + c.message(), c.name(), ""));
        default -> { }
      }
    }
    long holds = checks.stream().filter(c -> c.outcome() == InvariantOutcome.HOLDS).count();
    double score = templates.isEmpty() ? 0 : (double) holds / templates.size();
    Verdict verdict = holds == templates.size() && !templates.isEmpty() ? Verdict.PASS
        : checks.stream().allMatch(c -> c.outcome() == InvariantOutcome.HOLDS || c.outcome() == InvariantOutcome.INCOMPLETE)
            && !templates.isEmpty() ? Verdict.INCOMPLETE : Verdict.FAIL;
    String rates = java.util.stream.Stream.of("safety", "action", "liveness")
        .filter(k -> checks.stream().anyMatch(c -> c.kind().equals(k))).map(k -> k + " " + rate(checks, k))
        .collect(java.util.stream.Collectors.joining(", "));
    return new PhaseResult(Phase.INVARIANTS, verdict, score, holds + "/" + templates.size() + " hold (" + rates + ")",
        findings,
        new PhaseDetails.Invariants(true, checks));
  }

  private static String rate(List<InvariantCheck> checks, String kind) {
    long total = checks.stream().filter(c -> c.kind().equals(kind)).count();
    long holds = checks.stream().filter(c -> c.kind().equals(kind) && c.outcome() == InvariantOutcome.HOLDS).count();
    return holds + "/" + total;
  }

  /**
   * A job checking the given templates together: safety ones as INVARIANTs, liveness ones as
   * PROPERTYs, in the {@link TemplateModule} named {@code module}.
   */
  static TlcJob job(EvalContext ctx, List<InvariantTemplate> templates, String module, PhaseBudget b) {
    TlcConfig cfg = ctx.config().withoutChecks().withCheckDeadlock(false)
        .withConstants(templates.size() == 1 ? templates.get(0).constants() : Map.of())
        .withInvariants(templates.stream().filter(t -> !t.kind().checkedAsProperty()).map(TemplateModule::checkedName).toList())
        .withProperties(templates.stream().filter(t -> t.kind().checkedAsProperty()).map(TemplateModule::checkedName).toList());
    TlcBudget budget = TlcBudget.ofTime(b.wallTime()).withMaxDistinctStates(b.maxStates());
    return WorkFiles.moduleJob(ctx.workDir(), module, TemplateModule.render(module, ctx.task().spec().module(), templates),
        cfg, budget, ctx.seed());
  }

  static InvariantCheck judge(InvariantTemplate t, TlcResult r) {
    TlcOutcome o = r.outcome();
    String kind = kind(t);
    if (o instanceof TlcOutcome.Ok) {
      return new InvariantCheck(t.name(), kind, InvariantOutcome.HOLDS, 0, "", "");
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
    return new InvariantCheck(t.name(), kind, InvariantOutcome.ERROR, 0, "", o.summary());
  }

  static String kind(InvariantTemplate t) {
    return t.kind().name().toLowerCase(java.util.Locale.ROOT);
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
    } else if (trace.tail() instanceof org.sysmobench.tla.tlc.TraceTail.BackToState b) {
      sb.append("then back to state ").append(b.stateNumber()).append(" (").append(b.action()).append(")\n");
    }
    return sb.toString();
  }
}
