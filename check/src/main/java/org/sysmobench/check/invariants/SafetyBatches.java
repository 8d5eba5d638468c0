package org.sysmobench.check.invariants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.check.ActionTracker;
import org.sysmobench.check.CheckModule;
import org.sysmobench.check.EvalInputs;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.model.result.PhaseDetails.InvariantCheck;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Checks safety templates with as few state-space explorations as possible: all of them as INVARIANTs
 * of one TLC run (the first is the {@link SharedSearch}); when one is violated it is settled and the
 * rest run again, until a run completes. Sound because breadth-first search checks every invariant on
 * every state level by level: the first violation reported is at the smallest depth for that
 * invariant, so its counterexample is as short as a run of that invariant alone would give. A spec that
 * satisfies every template (the common case for good specs) costs one exploration instead of one per
 * template.
 *
 * <p>An evaluation error inside a template is attributed through TLC's location stack and settled as
 * ERROR; an error that cannot be attributed, or a budget hit, falls back to one job per remaining
 * template so no template is judged by another's failure. Every run carries the action tracker, so the
 * phase knows which contract actions the checked state space exercises.
 *
 * <p>Pure: the rounds are replayed from the job results each time the phase steps, so the same results
 * always lead to the same jobs ({@code safety-1}, {@code safety-2}, ..., {@code safety-one:<template>})
 * and the same verdicts.
 */
final class SafetyBatches {
  /**
   * Where the safety templates stand.
   *
   * @param settled the verdict on each settled template
   * @param needed the jobs still needed (empty when every template is settled)
   * @param runs every TLC run the checks used so far, the shared search included: what the templates
   *     were checked on
   */
  record Progress(Map<String, InvariantCheck> settled, List<JobRequest> needed, List<TlcResult> runs) {}

  private SafetyBatches() {}

  static Progress step(EvalInputs in, JobResults done) {
    Map<String, InvariantCheck> settled = new LinkedHashMap<>();
    List<TlcResult> runs = new ArrayList<>();
    Optional<TlcResult> search = done.get(SharedSearch.SEARCH);
    if (search.isEmpty()) {
      return new Progress(settled, List.of(SharedSearch.search(in)), runs);
    }
    runs.add(search.get());
    List<InvariantTemplate> open = new ArrayList<>(SharedSearch.templates(in.task()));
    if (open.isEmpty()) {
      return new Progress(settled, List.of(), runs);
    }
    // The shared search serves as the first round when it settles something: a completed search, or
    // a violation or error pinned on one template. A smaller budget hit or an unattributed error
    // settles nothing here, so the rounds below start from scratch with this phase's budget.
    TlcResult shared = search.get();
    if (shared.outcome() instanceof TlcOutcome.Ok) {
      open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, shared)));
      return new Progress(settled, List.of(), runs);
    }
    Optional<InvariantTemplate> first = culprit(open, shared, render(in, SharedSearch.MODULE, open));
    first.ifPresent(t -> {
      settled.put(t.name(), InvariantsPhase.judge(t, shared));
      open.remove(t);
    });
    for (int round = 1; !open.isEmpty(); round++) {
      String module = "SysMoBench_Safety" + round;
      JobRequest job = job(in, "safety-" + round, module, open);
      Optional<TlcResult> run = done.get(job.id());
      if (run.isEmpty()) {
        return new Progress(settled, List.of(job), runs);
      }
      TlcResult r = run.get();
      runs.add(r);
      TlcOutcome o = r.outcome();
      boolean timeGuard = o instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.TIME;
      // The time guard settles every open template: checking them one by one would multiply the time.
      if (o instanceof TlcOutcome.Ok || timeGuard) {
        open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, r)));
        return new Progress(settled, List.of(), runs);
      }
      Optional<InvariantTemplate> culprit = culprit(open, r, render(in, module, open));
      if (open.size() == 1 && (culprit.isEmpty() || !(o instanceof TlcOutcome.SafetyViolated))) {
        settled.put(open.get(0).name(), InvariantsPhase.judge(open.get(0), r));
        return new Progress(settled, List.of(), runs);
      }
      if (culprit.isEmpty()) {
        return oneByOne(in, done, open, settled, runs);
      }
      settled.put(culprit.get().name(), InvariantsPhase.judge(culprit.get(), r));
      open.remove(culprit.get());
    }
    return new Progress(settled, List.of(), runs);
  }

  /** One job per template, when a joint run could not tell the templates apart. */
  private static Progress oneByOne(EvalInputs in, JobResults done, List<InvariantTemplate> open,
      Map<String, InvariantCheck> settled, List<TlcResult> runs) {
    List<JobRequest> needed = new ArrayList<>();
    for (InvariantTemplate t : open) {
      JobRequest job = job(in, "safety-one:" + t.name(), "SysMoBench_Safety_" + t.name(), List.of(t));
      Optional<TlcResult> r = done.get(job.id());
      if (r.isEmpty()) {
        needed.add(job);
      } else {
        runs.add(r.get());
        settled.put(t.name(), InvariantsPhase.judge(t, r.get()));
      }
    }
    return new Progress(settled, needed, runs);
  }

  private static CheckModule render(EvalInputs in, String module, List<InvariantTemplate> templates) {
    return CheckModule.render(module, in.task().contract(), in.defined(), in.hookKey(), templates);
  }

  /** A search checking {@code templates} as invariants under the phase's budget, with the action tracker. */
  private static JobRequest job(EvalInputs in, String id, String module, List<InvariantTemplate> templates) {
    PhaseBudget b = in.task().budgets().invariants();
    TlcConfig cfg = in.config().config(ModelModule.SAFETY_SPEC)
        .withInvariants(templates.stream().map(CheckModule::checkedName).toList())
        .withActionConstraints(List.of(ActionTracker.NAME));
    return JobRequest.check(id, module, render(in, module, templates).text(), cfg,
        WorkFiles.budget(b, b.maxStates(), false), in.model().variables());
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
}
