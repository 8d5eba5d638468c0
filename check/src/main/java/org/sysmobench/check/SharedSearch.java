package org.sysmobench.check;

import java.util.List;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcMode;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The jobs the runtime and invariants phases share. The runtime phase wants the per-action coverage
 * and the fired contract actions of a bounded search and a simulation; the invariants phase wants the
 * safety and action templates checked on every reachable state and step, and the same figures for
 * its credit. One search serves both: a {@link CheckModule} with the action tracker and those templates, searched with
 * coverage under the runtime phase's state budget (job {@value #SEARCH}); both phases ask for it and it
 * runs once.
 *
 * <p>Sound because checking invariants does not change the order in which TLC explores states, and the
 * state budget is counted in that order: a run that ends without a violation covers exactly what a
 * search of the spec alone covers, and a run that completes proves the templates. When it ends otherwise
 * (a violation, an error, or the runtime budget before the invariants' larger one) each phase runs its
 * own search as if this one had not happened ({@link #coverageUsable}, job {@value #SPEC_ALONE}, and the
 * invariants phase's rounds). A good spec, the common case, then costs one exploration instead of two.
 */
public final class SharedSearch {
  /** The search with the safety and action templates. */
  public static final String SEARCH = "search";
  /** The runtime phase's search of the spec alone, when the shared search cannot serve it. */
  public static final String SPEC_ALONE = "runtime-search";
  /** The runtime phase's simulation (the invariants phase reads it for the paper profile's guard). */
  public static final String SIMULATION = "simulation";
  /** The shared search's module. */
  public static final String MODULE = "SysMoBench_Search";

  private SharedSearch() {}

  /**
   * The templates checked together on the task's model: safety and action ones without model constants
   * of their own. Both are safety properties: TLC checks a safety template on every state and an action
   * template ({@code [][A]_v}, a PROPERTY) on every step of the same breadth-first search, and names the
   * one violated, so one search settles them all.
   */
  public static List<InvariantTemplate> templates(Task task) {
    return task.invariants().stream().filter(t -> t.kind() != InvariantKind.LIVENESS && t.constants().isEmpty())
        .toList();
  }

  /** {@code cfg} checking {@code templates}: safety ones as INVARIANTs, action ones as PROPERTYs. */
  public static TlcConfig checking(TlcConfig cfg, List<InvariantTemplate> templates) {
    return cfg.withInvariants(templates.stream().filter(t -> t.kind() == InvariantKind.SAFETY)
            .map(CheckModule::checkedName).toList())
        .withProperties(templates.stream().filter(t -> t.kind() == InvariantKind.ACTION)
            .map(CheckModule::checkedName).toList());
  }

  /** The shared search. */
  public static JobRequest search(EvalInputs in) {
    return search(in, SEARCH, MODULE, templates(in.task()));
  }

  /** The runtime phase's search of the spec alone. */
  public static JobRequest specAlone(EvalInputs in) {
    return search(in, SPEC_ALONE, "SysMoBench_RuntimeSearch", List.of());
  }

  /** The runtime phase's seeded simulation, with the action tracker and coverage. */
  public static JobRequest simulation(EvalInputs in) {
    PhaseBudget b = in.task().budgets().runtime();
    String module = "SysMoBench_Simulation";
    CheckModule m = CheckModule.render(module, in.task().contract(), in.defined(), in.hookKey(), List.of());
    TlcConfig cfg = in.config().config(ModelModule.SAFETY_SPEC).withActionConstraints(List.of(ActionTracker.NAME));
    return JobRequest.check(SIMULATION, module, m.text(), cfg, WorkFiles.budget(b, b.maxStates(), true),
        in.model().variables()).withMode(new TlcMode.Simulate(Math.max(1, b.simulations()), Math.max(1, b.depth())))
        .withCoverage();
  }

  /**
   * A breadth-first search of the spec's safety specification under the runtime phase's budget, with
   * coverage and the action tracker, checking {@code templates}.
   */
  private static JobRequest search(EvalInputs in, String id, String module, List<InvariantTemplate> templates) {
    PhaseBudget b = in.task().budgets().runtime();
    CheckModule m = CheckModule.render(module, in.task().contract(), in.defined(), in.hookKey(), templates);
    TlcConfig cfg = checking(in.config().config(ModelModule.SAFETY_SPEC), templates)
        .withActionConstraints(List.of(ActionTracker.NAME));
    return JobRequest.check(id, module, m.text(), cfg, WorkFiles.budget(b, b.maxStates(), false),
        in.model().variables()).withCoverage();
  }

  /**
   * Whether the shared search's coverage is the coverage of the spec alone under the runtime phase's
   * budget: it checked no template, completed, or stopped at a count budget (which counts in the same
   * order either way).
   */
  public static boolean coverageUsable(TlcResult search, Task task) {
    if (templates(task).isEmpty()) {
      return true;
    }
    return search.outcome() instanceof TlcOutcome.Ok
        || search.outcome() instanceof TlcOutcome.Incomplete inc
        && (inc.budget() == TlcOutcome.Budget.STATES || inc.budget() == TlcOutcome.Budget.DEPTH);
  }
}
