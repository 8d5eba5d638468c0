package org.sysmobench.check.invariants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.ActionTracker;
import org.sysmobench.check.CheckModule;
import org.sysmobench.check.EvalContext;
import org.sysmobench.model.result.PhaseDetails.InvariantCheck;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Checks safety templates with as few state-space explorations as possible: all of them as INVARIANTs
 * of one TLC run; when one is violated it is settled and the rest run again, until a run completes.
 * Sound because breadth-first search checks every invariant on every state level by level: the first
 * violation reported is at the smallest depth for that invariant, so its counterexample is as short as
 * a run of that invariant alone would give. A spec that satisfies every template (the common case for
 * good specs) costs one exploration instead of one per template.
 *
 * <p>An evaluation error inside a template is attributed through TLC's location stack and settled as
 * ERROR; an error that cannot be attributed, or a budget hit, falls back to one job per remaining
 * template (run concurrently) so no template is judged by another's failure. Every run carries the
 * action tracker, so the phase knows which contract actions the checked state space exercises.
 */
final class SafetyBatches {
  private final EvalContext ctx;
  private final PhaseBudget budget;
  private final List<TlcResult> runs = java.util.Collections.synchronizedList(new ArrayList<>());
  private int round;

  SafetyBatches(EvalContext ctx, PhaseBudget budget) {
    this.ctx = ctx;
    this.budget = budget;
  }

  /** Every TLC run the batches used, the shared search included: what the templates were checked on. */
  List<TlcResult> runs() {
    synchronized (runs) {
      return List.copyOf(runs);
    }
  }

  /**
   * @param safety the templates to check together
   * @param shared the shared search, which checked the same templates under the runtime phase's budget
   */
  Map<String, InvariantCheck> check(List<InvariantTemplate> safety, SharedSearch.Outcome shared) {
    Map<String, InvariantCheck> settled = new LinkedHashMap<>();
    List<InvariantTemplate> open = new ArrayList<>(safety);
    runs.add(shared.run());
    if (open.isEmpty()) {
      return settled;
    }
    // The shared search serves as the first round when it settles something: a completed search, or
    // a violation or error pinned on one template. A smaller budget hit or an unattributed error
    // settles nothing here, so the rounds below start from scratch with this phase's budget.
    if (shared.templates().equals(open)) {
      TlcResult r = shared.run();
      if (r.outcome() instanceof TlcOutcome.Ok) {
        open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, r)));
        return settled;
      }
      Optional<InvariantTemplate> culprit = culprit(open, r, sharedModule(open));
      if (culprit.isPresent()) {
        settled.put(culprit.get().name(), InvariantsPhase.judge(culprit.get(), r));
        open.remove(culprit.get());
      }
    }
    while (!open.isEmpty()) {
      String module = "SysMoBench_Safety" + (++round);
      TlcResult r = ctx.run(job(module, open)).join();
      runs.add(r);
      TlcOutcome o = r.outcome();
      if (o instanceof TlcOutcome.Ok) {
        open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, r)));
        return settled;
      }
      Optional<InvariantTemplate> culprit = culprit(open, r, render(module, open));
      boolean timeGuard = o instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.TIME;
      if (timeGuard) {
        // The time guard settles every open template: checking them one by one would multiply the time.
        open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, r)));
        return settled;
      }
      if (culprit.isEmpty() || open.size() == 1 && !(o instanceof TlcOutcome.SafetyViolated)) {
        if (open.size() == 1) {
          settled.put(open.get(0).name(), InvariantsPhase.judge(open.get(0), r));
          return settled;
        }
        oneByOne(open, settled);
        return settled;
      }
      settled.put(culprit.get().name(), InvariantsPhase.judge(culprit.get(), r));
      open.remove(culprit.get());
    }
    return settled;
  }

  private CheckModule sharedModule(List<InvariantTemplate> templates) {
    return render(SharedSearch.MODULE, templates);
  }

  private CheckModule render(String module, List<InvariantTemplate> templates) {
    return CheckModule.render(module, ctx.task().contract(), ctx.defined(), ctx.hookKey(), templates);
  }

  /** A search checking {@code templates} as invariants under this phase's budget, with the action tracker. */
  private TlcJob job(String module, List<InvariantTemplate> templates) {
    TlcConfig cfg = ctx.config().config(ModelModule.SAFETY_SPEC)
        .withInvariants(templates.stream().map(CheckModule::checkedName).toList())
        .withActionConstraints(List.of(ActionTracker.NAME));
    return WorkFiles.moduleJob(ctx, module, render(module, templates).text(), cfg,
        WorkFiles.budget(budget, budget.maxStates(), false), ctx.model().variables(), List.of());
  }

  /** The template a failed run is about: the violated invariant, or the one whose definition holds the error. */
  private static Optional<InvariantTemplate> culprit(List<InvariantTemplate> open, TlcResult r, CheckModule module) {
    if (r.outcome() instanceof TlcOutcome.SafetyViolated v) {
      return open.stream().filter(t -> CheckModule.checkedName(t).equals(v.invariant())).findFirst();
    }
    List<SourceLocation> locations = r.outcome() instanceof TlcOutcome.EvaluationError e ? e.locations()
        : r.outcome() instanceof TlcOutcome.AssertionFailed a ? a.locations() : List.of();
    for (SourceLocation loc : locations) {
      Optional<String> t = module.templateAt(loc);
      if (t.isPresent()) {
        return open.stream().filter(x -> x.name().equals(t.get())).findFirst();
      }
    }
    return Optional.empty();
  }

  private void oneByOne(List<InvariantTemplate> open, Map<String, InvariantCheck> settled) {
    List<CompletableFuture<InvariantCheck>> futures = new ArrayList<>();
    for (InvariantTemplate t : open) {
      futures.add(ctx.run(job("SysMoBench_Safety_" + t.name(), List.of(t))).thenApply(res -> {
        runs.add(res);
        return InvariantsPhase.judge(t, res);
      }));
    }
    futures.stream().map(CompletableFuture::join).forEach(c -> settled.put(c.name(), c));
  }
}
