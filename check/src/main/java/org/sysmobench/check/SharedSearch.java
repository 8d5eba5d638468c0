package org.sysmobench.check;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.model.ModelModule;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * The breadth-first search of the task's model that the runtime and invariants phases share. The
 * runtime phase wants the per-action coverage and the fired contract actions of a bounded search; the
 * invariants phase wants the safety templates checked on every reachable state. One TLC run serves both:
 * a {@link CheckModule} with the action tracker and the templates, searched with coverage under the
 * runtime phase's state budget.
 *
 * <p>Sound because checking invariants does not change the order in which TLC explores states, and the
 * state budget is counted in that order: a run that ends without a violation covers exactly what a
 * search of the spec alone covers, and a run that completes proves the templates. When it ends otherwise
 * (a violation, an error, or the runtime budget before the invariants' larger one) each phase runs its
 * own search as if this one had not happened (see {@link Outcome#coverageUsable()} and the invariants
 * phase). A good spec, the common case, then costs one exploration instead of two.
 */
public final class SharedSearch {
  /** The generated module's name. */
  public static final String MODULE = "SysMoBench_Search";

  private CompletableFuture<Outcome> started;

  /**
   * @param run TLC's result
   * @param templates the safety templates it checked as invariants (empty: it searched the spec alone)
   */
  public record Outcome(TlcResult run, List<InvariantTemplate> templates) {
    public Outcome {
      templates = List.copyOf(templates);
    }

    /** Whether the run's coverage is the coverage of the spec alone under the runtime phase's budget. */
    public boolean coverageUsable() {
      if (templates.isEmpty()) {
        return true;
      }
      return run.outcome() instanceof TlcOutcome.Ok
          || run.outcome() instanceof TlcOutcome.Incomplete inc
          && (inc.budget() == TlcOutcome.Budget.STATES || inc.budget() == TlcOutcome.Budget.DEPTH);
    }
  }

  /** Starts the search on the first call; every call returns the same run. */
  public synchronized CompletableFuture<Outcome> start(EvalContext ctx) {
    if (started == null) {
      List<InvariantTemplate> templates = templates(ctx.task());
      started = ctx.run(job(ctx, MODULE, templates)).thenApply(r -> new Outcome(r, templates));
    }
    return started;
  }

  /** The templates checked together on the task's model: safety ones without model constants of their own. */
  public static List<InvariantTemplate> templates(Task task) {
    return task.invariants().stream().filter(t -> t.kind() == InvariantKind.SAFETY && t.constants().isEmpty())
        .toList();
  }

  /**
   * A breadth-first search of the spec's safety specification under the runtime phase's budget, with
   * coverage and the action tracker, checking {@code templates} as invariants.
   */
  public static TlcJob job(EvalContext ctx, String module, List<InvariantTemplate> templates) {
    PhaseBudget b = ctx.task().budgets().runtime();
    CheckModule m = CheckModule.render(module, ctx.task().contract(), ctx.defined(), ctx.hookKey(), templates);
    TlcConfig cfg = ctx.config().config(ModelModule.SAFETY_SPEC)
        .withInvariants(templates.stream().map(CheckModule::checkedName).toList())
        .withActionConstraints(List.of(ActionTracker.NAME));
    return WorkFiles.moduleJob(ctx, module, m.text(), cfg, WorkFiles.budget(b, b.maxStates(), false),
        ctx.model().variables(), List.of()).withCoverage(true);
  }
}
