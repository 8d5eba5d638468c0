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
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.model.result.PhaseDetails.InvariantCheck;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Checks safety and action templates with as few state-space explorations as possible: all of them in
 * one TLC run (the first is the {@link SharedSearch}), safety ones as INVARIANTs and action ones as
 * PROPERTYs; when one is violated (TLC names it) it is settled and the rest run again, until a run
 * completes. Sound because breadth-first search checks every invariant on every state and every action
 * property on every step, level by level: the first violation reported is at the smallest depth for
 * that template, so its counterexample is as short as a run of that template alone would give. A spec that
 * satisfies every template (the common case for good specs) costs one exploration instead of one per
 * template.
 *
 * <p>An evaluation error inside a template is attributed through TLC's location stack and settled as
 * ERROR; an error that cannot be attributed, or a budget hit, falls back to one job per remaining
 * template so no template is judged by another's failure. Every run carries the action tracker, so the
 * phase knows which contract actions the checked state space exercises.
 *
 * <p>Pure: the rounds are replayed from the job results each time the phase steps, so the same results
 * always lead to the same jobs ({@code safety-1}, {@code safety-2}, ..., {@code safety-one:<template>}
 * on the task's model; {@code model<k>-safety-<n>} on the k-th set of template constants) and the same
 * verdicts.
 */
final class SafetyBatches {
  /**
   * Where the safety and action templates stand.
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
    List<JobRequest> needed = new ArrayList<>();
    Optional<TlcResult> search = done.get(SharedSearch.SEARCH);
    if (search.isEmpty()) {
      needed.add(SharedSearch.search(in));
    } else {
      runs.add(search.get());
      needed.addAll(onTaskModel(in, done, search.get(), settled, runs));
    }
    // Templates with model constants of their own: each set of constants is a model of its own, checked in
    // rounds the same way, its first round a search of that model. They say nothing of which contract
    // actions fire on the task's model, so their runs are not part of `runs`.
    int g = 0;
    for (Map.Entry<Map<String, String>, List<InvariantTemplate>> model : grouped(in.task().invariants()).entrySet()) {
      g++;
      needed.addAll(rounds(in, in.config().with(model.getKey()), done, new ArrayList<>(model.getValue()),
          "model" + g + "-safety-", "SysMoBench_Model" + g + "_Safety", settled, new ArrayList<>()));
    }
    return new Progress(settled, needed, runs);
  }

  /** The safety and action templates with model constants of their own, by those constants (in task order). */
  static Map<Map<String, String>, List<InvariantTemplate>> grouped(List<InvariantTemplate> templates) {
    Map<Map<String, String>, List<InvariantTemplate>> byModel = new LinkedHashMap<>();
    templates.stream().filter(t -> t.kind() != InvariantKind.LIVENESS && !t.constants().isEmpty())
        .forEach(t -> byModel.computeIfAbsent(t.constants(), k -> new ArrayList<>()).add(t));
    return byModel;
  }

  /** The templates on the task's model, starting from the shared search. */
  private static List<JobRequest> onTaskModel(EvalInputs in, JobResults done, TlcResult shared,
      Map<String, InvariantCheck> settled, List<TlcResult> runs) {
    List<InvariantTemplate> open = new ArrayList<>(SharedSearch.templates(in.task()));
    if (open.isEmpty()) {
      return List.of();
    }
    // The shared search serves as the first round when it settles something: a completed search, or
    // a violation or error pinned on one template. A smaller budget hit or an unattributed error
    // settles nothing here, so the rounds below start from scratch with this phase's budget.
    if (shared.outcome() instanceof TlcOutcome.Ok) {
      open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, shared)));
      return List.of();
    }
    Optional<InvariantTemplate> first = culprit(open, shared, render(in, SharedSearch.MODULE, open));
    first.ifPresent(t -> {
      settled.put(t.name(), InvariantsPhase.judge(t, shared));
      open.remove(t);
    });
    return rounds(in, in.config(), done, open, "safety-", "SysMoBench_Safety", settled, runs);
  }

  /**
   * Rounds of searches checking the {@code open} templates together until each is settled: the jobs
   * still needed (none when every template is settled).
   */
  private static List<JobRequest> rounds(EvalInputs in, ModelConfig model, JobResults done,
      List<InvariantTemplate> open, String idPrefix, String modulePrefix, Map<String, InvariantCheck> settled,
      List<TlcResult> runs) {
    for (int round = 1; !open.isEmpty(); round++) {
      String module = modulePrefix + round;
      JobRequest job = job(in, model, idPrefix + round, module, open);
      Optional<TlcResult> run = done.get(job.id());
      if (run.isEmpty()) {
        return List.of(job);
      }
      TlcResult r = run.get();
      runs.add(r);
      TlcOutcome o = r.outcome();
      boolean timeGuard = o instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.TIME;
      // The time guard settles every open template: checking them one by one would multiply the time.
      if (o instanceof TlcOutcome.Ok || timeGuard) {
        open.forEach(t -> settled.put(t.name(), InvariantsPhase.judge(t, r)));
        return List.of();
      }
      Optional<InvariantTemplate> culprit = culprit(open, r, render(in, module, open));
      if (open.size() == 1 && (culprit.isEmpty() || !(o instanceof TlcOutcome.SafetyViolated))) {
        settled.put(open.get(0).name(), InvariantsPhase.judge(open.get(0), r));
        return List.of();
      }
      if (culprit.isEmpty()) {
        return oneByOne(in, model, done, open, idPrefix, modulePrefix, settled, runs);
      }
      settled.put(culprit.get().name(), InvariantsPhase.judge(culprit.get(), r));
      open.remove(culprit.get());
    }
    return List.of();
  }

  /** One job per template, when a joint run could not tell the templates apart. */
  private static List<JobRequest> oneByOne(EvalInputs in, ModelConfig model, JobResults done,
      List<InvariantTemplate> open, String idPrefix, String modulePrefix, Map<String, InvariantCheck> settled,
      List<TlcResult> runs) {
    List<JobRequest> needed = new ArrayList<>();
    for (InvariantTemplate t : open) {
      JobRequest job = job(in, model, idPrefix + "one:" + t.name(), modulePrefix + "_" + t.name(), List.of(t));
      Optional<TlcResult> r = done.get(job.id());
      if (r.isEmpty()) {
        needed.add(job);
      } else {
        runs.add(r.get());
        settled.put(t.name(), InvariantsPhase.judge(t, r.get()));
      }
    }
    return needed;
  }

  private static CheckModule render(EvalInputs in, String module, List<InvariantTemplate> templates) {
    return CheckModule.render(module, in.task().contract(), in.defined(), in.hookKey(), templates);
  }

  /** A search checking {@code templates} under the phase's budget, with the action tracker. */
  private static JobRequest job(EvalInputs in, ModelConfig model, String id, String module,
      List<InvariantTemplate> templates) {
    PhaseBudget b = in.task().budgets().invariants();
    TlcConfig cfg = SharedSearch.checking(model.config(ModelModule.SAFETY_SPEC), templates)
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
