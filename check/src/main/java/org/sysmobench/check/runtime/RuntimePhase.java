package org.sysmobench.check.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.check.ActionTracker;
import org.sysmobench.check.EvalInputs;
import org.sysmobench.check.ModelPhase;
import org.sysmobench.check.PhaseStep;
import org.sysmobench.check.job.JobResults;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseDetails.ActionRun;
import org.sysmobench.model.result.PhaseDetails.ContractActionRun;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tla.tlc.ActionCoverage;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Runs the spec's safety specification under TLC twice, concurrently on the worker pool: a seeded
 * simulation and a bounded breadth-first search (the {@link SharedSearch}, which checks the safety
 * templates on the way), both with the action tracker and per-action coverage, without the author's
 * invariants (this phase asks whether the spec runs, not whether its claims hold) and without deadlock
 * checking (terminating protocols are fine). Both are bounded by counts (behaviours and depth, distinct
 * states), so the same spec gets the same figures on any machine.
 *
 * <p>Sound profile: a contract action counts when some explored step satisfies it (by meaning, see
 * {@link ActionTracker}) and no evaluation error is attributed to it; the score is their share of the
 * contract's actions, an error attributed to no contract action counting as one more action that does
 * not run. A spec none of whose explored steps changes a variable scores 0: it shows no behaviour.
 * Paper profile: the actions TLC's coverage names, as the original counted them.
 *
 * <p>An evaluation error or failed assertion is attributed by location: to the contract action whose
 * definition encloses it on TLC's stack of nested expressions (sound), or to the definition that holds
 * its innermost location (paper), not to the last printed step as the original did.
 */
public final class RuntimePhase implements ModelPhase {
  /** Stands for an error TLC reported without a location in the spec; it counts as one more erroring action. */
  static final String UNATTRIBUTED = "(unattributed error)";

  @Override
  public Phase phase() {
    return Phase.RUNTIME;
  }

  @Override
  public PhaseStep step(EvalInputs in, JobResults done) {
    if (!done.has(SharedSearch.SEARCH) || !done.has(SharedSearch.SIMULATION)) {
      return PhaseStep.needs(List.of(SharedSearch.search(in), SharedSearch.simulation(in)));
    }
    TlcResult search = done.get(SharedSearch.SEARCH).orElseThrow();
    // The shared search stopped on a template (or before the runtime budget for another reason): its
    // coverage is not the spec's, so search the spec alone.
    if (!SharedSearch.coverageUsable(search, in.task())) {
      if (!done.has(SharedSearch.SPEC_ALONE)) {
        return PhaseStep.needs(List.of(SharedSearch.specAlone(in)));
      }
      search = done.get(SharedSearch.SPEC_ALONE).orElseThrow();
    }
    return PhaseStep.judged(judge(in, done.get(SharedSearch.SIMULATION).orElseThrow(), search));
  }

  private PhaseResult judge(EvalInputs ctx, TlcResult sim, TlcResult bfs) {
    List<Finding> findings = new ArrayList<>();
    List<ContractAction> contract = ctx.task().contract().actions();
    List<String> missing = missingContractActions(ctx);
    for (TlcResult r : List.of(sim, bfs)) {
      if (r.outcome() instanceof TlcOutcome.HarnessError h) {
        return PhaseResult.harnessError(Phase.RUNTIME, h.message(), null);
      }
    }
    // A spec TLC cannot even start (parse or config error) runs nothing.
    for (TlcResult r : List.of(sim, bfs)) {
      if (r.outcome() instanceof TlcOutcome.ParseError || r.outcome() instanceof TlcOutcome.ConfigError) {
        findings.add(Finding.loss("tlc-cannot-start", r.outcome().summary(), "", r.toolOutput().isEmpty() ? ""
            : tail(r.toolOutput())));
        return PhaseResult.of(Phase.RUNTIME, Verdict.FAIL, Scores.ZERO, "TLC cannot run the spec: "
            + r.outcome().summary(), findings, details(List.of(), missing, sim, bfs, false,
            contractRuns(ctx, Set.of(), Map.of()), false));
      }
    }
    for (TlcResult r : List.of(sim, bfs)) {
      if (r.outcome() instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.TIME) {
        findings.add(Finding.loss("time-guard", "the harness's time guard stopped a run (" + inc.summary()
            + "): not credited; the counts that bound this phase are far below what a reasonable spec needs, so "
            + "this depends on the machine and the evaluation is repeated", "", ""));
        return PhaseResult.of(Phase.RUNTIME, Verdict.INCOMPLETE, Scores.ZERO, "stopped by the harness's time guard",
            findings, details(List.of(), missing, sim, bfs, false, contractRuns(ctx, Set.of(), Map.of()), false));
      }
      if (r.outcome() instanceof TlcOutcome.Incomplete inc && inc.budget() == TlcOutcome.Budget.MEMORY) {
        findings.add(Finding.loss("memory-budget", "a run exhausted the worker's memory (" + inc.summary()
            + "): not credited", "", ""));
        return PhaseResult.of(Phase.RUNTIME, Verdict.INCOMPLETE, Scores.ZERO, "stopped by the memory budget",
            findings, details(List.of(), missing, sim, bfs, false, contractRuns(ctx, Set.of(), Map.of()), false));
      }
    }
    Optional<ErrorAttribution.Error> error = ErrorAttribution.of(bfs).or(() -> ErrorAttribution.of(sim));
    Map<String, String> contractErrors = new LinkedHashMap<>();
    error.ifPresent(e -> contractErrors.put(ErrorAttribution.contractAction(ctx, e).orElse(UNATTRIBUTED),
        e.message() + e.at()));
    Set<String> fired = new LinkedHashSet<>(ActionTracker.fired(ctx.task().contract(), bfs.hooks()));
    fired.addAll(ActionTracker.fired(ctx.task().contract(), sim.hooks()));
    boolean changes = ActionTracker.changesState(bfs.hooks()) || ActionTracker.changesState(sim.hooks());
    List<ContractActionRun> runs = contractRuns(ctx, fired, contractErrors);

    List<ActionRun> actions = paperActions(ctx, sim, bfs);
    for (ContractActionRun a : runs) {
      if (!a.defined()) {
        findings.add(Finding.loss("contract-action-missing", "contract action " + a.name()
            + " is not defined by the spec (with the contract's parameters)", a.name(), ""));
      } else if (!a.error().isEmpty()) {
        findings.add(Finding.loss("action-error", "action " + a.name() + " raises an error: " + a.error(), a.name(), ""));
      } else if (!a.fires()) {
        findings.add(Finding.loss("action-never-fires", "contract action " + a.name() + " never fires: no step of "
            + "the spec's next-state action in the simulation or the bounded search satisfies it"
            + (ctx.task().contract().action(a.name()).map(ContractAction::noop).orElse(false) ? ""
                : " while changing the state"), a.name(), ""));
      }
    }
    if (contractErrors.containsKey(UNATTRIBUTED)) {
      findings.add(Finding.loss("action-error", "the spec raises an error outside every contract action: "
          + contractErrors.get(UNATTRIBUTED), "", ""));
    }
    if (!changes) {
      findings.add(Finding.loss("no-behaviour", "no step the spec takes changes any variable (Init unsatisfiable, "
          + "Next never enabled, or stuttering only): it shows no behaviour", "", tail(sim.toolOutput())));
    }
    if (bfs.outcome() instanceof TlcOutcome.Incomplete inc) {
      findings.add(Finding.note("search-bounded", "bounded search stopped at its budget (" + inc.summary()
          + "); coverage counts what it reached", "", ""));
    }
    long good = runs.stream().filter(a -> a.fires() && a.error().isEmpty()).count();
    int denominator = contract.size() + (contractErrors.containsKey(UNATTRIBUTED) ? 1 : 0);
    double sound = !changes || denominator == 0 ? 0 : (double) good / denominator;
    Scores scores = new Scores(sound, paperScore(actions));
    Verdict verdict = sound < 1 ? Verdict.FAIL : Verdict.PASS;
    String summary = good + "/" + contract.size() + " contract actions fire without error"
        + (contractErrors.isEmpty() ? "" : "; the spec raises an error")
        + (changes ? "" : "; no step changes the state");
    return PhaseResult.of(Phase.RUNTIME, verdict, scores, summary, findings,
        details(actions, missing, sim, bfs, changes && actions.stream().anyMatch(ActionRun::covered), runs, changes));
  }

  private static PhaseDetails.Runtime details(List<ActionRun> actions, List<String> missing, TlcResult sim,
      TlcResult bfs, boolean reaches, List<ContractActionRun> contract, boolean changes) {
    return new PhaseDetails.Runtime(actions, missing, sim.seed(), sim.outcome().summary(), bfs.outcome().summary(),
        reaches, contract, changes);
  }

  private static List<ContractActionRun> contractRuns(EvalInputs ctx, Set<String> fired, Map<String, String> errors) {
    return ctx.task().contract().actions().stream().map(a -> new ContractActionRun(a.name(),
        ctx.defined().contains(a.name()), fired.contains(a.name()), errors.getOrDefault(a.name(), ""))).toList();
  }

  /**
   * The paper profile's figures: the actions TLC's coverage names in either run, an action covered when
   * it generated a successor, errors attributed to the innermost definition holding their location.
   */
  static List<ActionRun> paperActions(EvalInputs ctx, TlcResult sim, TlcResult bfs) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (TlcResult r : List.of(bfs, sim)) {
      for (ActionCoverage c : r.coverage()) {
        if (isInit(c) || c.action().startsWith(ModelModule.RESERVED_PREFIX)) {
          continue;
        }
        long[] acc = counts.computeIfAbsent(c.action(), k -> new long[2]);
        acc[0] = Math.max(acc[0], Math.max(c.distinct(), 0));
        acc[1] = Math.max(acc[1], Math.max(c.generated(), 0));
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (TlcResult r : List.of(bfs, sim)) {
      ErrorAttribution.of(r).ifPresent(e -> {
        String name = ErrorAttribution.innermostDefinition(ctx, e).orElse(UNATTRIBUTED);
        // Simulation reports evaluation errors without a location stack; when the search found the
        // same error with a location, that attribution stands for both.
        boolean knownElsewhere = name.equals(UNATTRIBUTED)
            && errors.values().stream().anyMatch(m -> m.startsWith(e.message()));
        if (!knownElsewhere) {
          errors.putIfAbsent(name, e.message() + e.at());
        }
      });
    }
    List<ActionRun> actions = new ArrayList<>();
    // Simulation has no seen-state set, so TLC reports 0 distinct states for every action there; an
    // action "fires" when it generated a successor in either run (it was enabled and evaluated).
    counts.forEach((name, c) -> actions.add(new ActionRun(name, c[0], c[1], c[1] > 0, errors.getOrDefault(name, ""))));
    errors.forEach((name, message) -> {
      if (!counts.containsKey(name)) {
        actions.add(new ActionRun(name, 0, 0, false, message));
      }
    });
    return actions;
  }

  static double paperScore(List<ActionRun> actions) {
    if (actions.isEmpty()) {
      return 0;
    }
    // paper: |covered - erroring| / |all actions|
    Set<String> covered = new LinkedHashSet<>();
    actions.stream().filter(ActionRun::covered).forEach(a -> covered.add(a.name()));
    actions.stream().filter(a -> !a.error().isEmpty()).forEach(a -> covered.remove(a.name()));
    return (double) covered.size() / actions.size();
  }

  private static boolean isInit(ActionCoverage c) {
    return c.action().equals("Init") || c.action().equals("Initial predicate");
  }

  private static List<String> missingContractActions(EvalInputs ctx) {
    return ctx.task().contract().actions().stream().filter(a -> !ctx.defined().contains(a.name()))
        .map(a -> a.name() + "/" + a.arity()).toList();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
