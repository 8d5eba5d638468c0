package org.sysmobench.check.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.EvalContext;
import org.sysmobench.check.Finding;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseChecker;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseDetails.ActionRun;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.check.ScoringProfile;
import org.sysmobench.check.SharedSearch;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.ContractAction;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.tlc.ActionCoverage;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcMode;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Runs the spec under TLC twice, concurrently on the worker pool: a seeded simulation and a bounded
 * breadth-first search (the {@link SharedSearch}, which checks the safety templates on the way), both
 * with per-action coverage and without the author's invariants (this phase asks whether the spec runs,
 * not whether its claims hold) and without deadlock checking (terminating protocols are fine).
 *
 * <p>An action is covered when it fired (generated a successor state) in either run. An evaluation error or failed
 * assertion is attributed to the action whose definition contains the error's location (from SANY's
 * definition ranges), not to the last printed step as the original did.
 */
public final class RuntimePhase implements PhaseChecker {
  /** Stands for an error TLC reported without a location in the spec; it counts as one more erroring action. */
  static final String UNATTRIBUTED = "(unattributed error)";

  @Override
  public Phase phase() {
    return Phase.RUNTIME;
  }

  @Override
  public PhaseResult check(EvalContext ctx) {
    PhaseBudget b = ctx.task().budgets().runtime();
    var base = ctx.config().withoutChecks().withCheckDeadlock(false);
    TlcBudget time = TlcBudget.ofTime(b.wallTime());
    CompletableFuture<SharedSearch.Outcome> shared = ctx.search().start(ctx);
    TlcJob sim = WorkFiles.configJob(ctx.specFile(), "runtime-simulation", base, time, ctx.seed())
        .withMode(new TlcMode.Simulate(Math.max(1, b.simulations()), Math.max(1, b.depth()))).withCoverage(true);
    CompletableFuture<TlcResult> simF = ctx.tlc().submit(sim);
    SharedSearch.Outcome search = shared.join();
    // The shared search stopped on a template (or before the runtime budget for another reason): its
    // coverage is not the spec's, so search the spec alone.
    TlcResult bfsR = search.coverageUsable() ? search.run()
        : ctx.tlc().submit(WorkFiles.configJob(ctx.specFile(), "runtime-search", base,
            time.withMaxDistinctStates(b.maxStates()), ctx.seed()).withCoverage(true)).join();
    TlcResult simR = simF.join();
    return judge(ctx, simR, bfsR);
  }

  private PhaseResult judge(EvalContext ctx, TlcResult sim, TlcResult bfs) {
    List<Finding> findings = new ArrayList<>();
    for (TlcResult r : List.of(sim, bfs)) {
      if (r.outcome() instanceof TlcOutcome.HarnessError h) {
        return PhaseResult.harnessError(Phase.RUNTIME, h.message(), null);
      }
    }
    // A spec TLC cannot even start (parse or config error) covers nothing.
    for (TlcResult r : List.of(sim, bfs)) {
      if (r.outcome() instanceof TlcOutcome.ParseError || r.outcome() instanceof TlcOutcome.ConfigError) {
        findings.add(Finding.loss("tlc-cannot-start", r.outcome().summary(), "", r.toolOutput().isEmpty() ? ""
            : tail(r.toolOutput())));
        return new PhaseResult(Phase.RUNTIME, Verdict.FAIL, 0, "TLC cannot run the spec: " + r.outcome().summary(),
            findings, new PhaseDetails.Runtime(List.of(), missingContractActions(ctx), sim.seed(),
                sim.outcome().summary(), bfs.outcome().summary(), false));
      }
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (TlcResult r : List.of(bfs, sim)) {
      for (ActionCoverage c : r.coverage()) {
        if (isInit(ctx, c)) {
          continue;
        }
        long[] acc = counts.computeIfAbsent(c.action(), k -> new long[2]);
        acc[0] = Math.max(acc[0], Math.max(c.distinct(), 0));
        acc[1] = Math.max(acc[1], Math.max(c.generated(), 0));
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (TlcResult r : List.of(bfs, sim)) {
      errorOf(ctx, r).ifPresent(e -> {
        // Simulation reports evaluation errors without a location stack; when the search found the
        // same error with a location, that attribution stands for both.
        boolean knownElsewhere = e[0].equals(UNATTRIBUTED)
            && errors.values().stream().anyMatch(m -> m.startsWith(e[1]));
        if (!knownElsewhere) {
          errors.putIfAbsent(e[0], e[1]);
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
    for (ActionRun a : actions) {
      if (!a.error().isEmpty()) {
        findings.add(Finding.loss("action-error", "action " + a.name() + " raises an error: " + a.error(), a.name(), ""));
      } else if (!a.covered()) {
        findings.add(Finding.loss("action-never-fires", "action " + a.name()
            + " never fired: it was never enabled in the simulation nor in the bounded search", a.name(), ""));
      }
    }
    List<String> missing = missingContractActions(ctx);
    boolean reaches = actions.stream().anyMatch(ActionRun::covered);
    if (actions.isEmpty()) {
      findings.add(Finding.loss("no-actions", "TLC reported no actions: " + sim.outcome().summary(), "", tail(sim.toolOutput())));
    }
    if (bfs.outcome() instanceof TlcOutcome.Incomplete inc) {
      findings.add(Finding.note("search-bounded", "bounded search stopped at its budget (" + inc.summary()
          + "); coverage counts what it reached", "", ""));
    }
    double score = score(ctx.profile(), actions, missing, ctx);
    if (ctx.profile() == ScoringProfile.STRICT) {
      missing.forEach(m -> findings.add(Finding.loss("contract-action-missing", "contract action " + m
          + " is not defined by the spec", m, "")));
    }
    boolean simIncomplete = sim.outcome() instanceof TlcOutcome.Incomplete;
    Verdict verdict = score < 1 ? Verdict.FAIL : simIncomplete ? Verdict.INCOMPLETE : Verdict.PASS;
    long covered = actions.stream().filter(a -> a.covered() && a.error().isEmpty()).count();
    String summary = covered + "/" + actions.size() + " actions fire without error"
        + (errors.isEmpty() ? "" : "; " + errors.size() + " raise errors")
        + (simIncomplete ? "; simulation hit its time budget" : "");
    return new PhaseResult(Phase.RUNTIME, verdict, score, summary, findings, new PhaseDetails.Runtime(actions,
        missing, sim.seed(), sim.outcome().summary(), bfs.outcome().summary(), reaches));
  }

  private static double score(ScoringProfile profile, List<ActionRun> actions, List<String> missing, EvalContext ctx) {
    if (profile == ScoringProfile.STRICT) {
      List<ContractAction> contract = ctx.task().contract().actions();
      if (contract.isEmpty()) {
        return 0;
      }
      long good = contract.stream().filter(c -> actions.stream()
          .anyMatch(a -> a.name().equals(c.name()) && a.covered() && a.error().isEmpty())).count();
      return (double) good / contract.size();
    }
    if (actions.isEmpty()) {
      return 0;
    }
    // paper: |covered - erroring| / |all actions|
    Set<String> covered = new LinkedHashSet<>();
    actions.stream().filter(ActionRun::covered).forEach(a -> covered.add(a.name()));
    actions.stream().filter(a -> !a.error().isEmpty()).forEach(a -> covered.remove(a.name()));
    return (double) covered.size() / actions.size();
  }

  private static boolean isInit(EvalContext ctx, ActionCoverage c) {
    String init = ctx.config().init().isEmpty() ? "Init" : ctx.config().init();
    return c.action().equals(init) || c.action().equals("Initial predicate");
  }

  /** {action, message} of an evaluation error or failed assertion, attributed by location. */
  private static Optional<String[]> errorOf(EvalContext ctx, TlcResult r) {
    List<SourceLocation> locations;
    String message;
    if (r.outcome() instanceof TlcOutcome.EvaluationError e) {
      locations = e.locations();
      message = coreMessage(e.message());
    } else if (r.outcome() instanceof TlcOutcome.AssertionFailed a) {
      locations = a.locations();
      message = "assertion failed: " + coreMessage(a.message());
    } else {
      return Optional.empty();
    }
    String module = ctx.task().spec().module();
    for (SourceLocation loc : locations) {
      if (!loc.module().equals(module)) {
        continue;
      }
      Optional<Definition> def = ctx.parse().definitions().stream()
          .filter(d -> d.range().line() <= loc.line() && loc.line() <= d.range().endLine())
          .reduce((a, b) -> b);
      if (def.isPresent()) {
        return Optional.of(new String[] {def.get().name(), message + " at " + loc});
      }
    }
    return Optional.of(new String[] {UNATTRIBUTED, message});
  }

  private static List<String> missingContractActions(EvalContext ctx) {
    List<String> missing = new ArrayList<>();
    for (ContractAction a : ctx.task().contract().actions()) {
      boolean defined = ctx.parse().definitions().stream()
          .anyMatch(d -> d.name().equals(a.name()) && d.arity() == a.arity());
      if (!defined) {
        missing.add(a.name() + "/" + a.arity());
      }
    }
    return missing;
  }

  /**
   * The line that says what went wrong. TLC wraps errors it did not expect (as in simulation) in
   * "TLC threw an unexpected exception ... The exception was a ...: <what>"; the last line is the news.
   */
  static String coreMessage(String message) {
    List<String> lines = message.replaceAll("@!@!@STARTMSG \\d+:\\d+ @!@!@", "").lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.equals(":")).toList();
    if (lines.isEmpty()) {
      return "";
    }
    return lines.get(0).startsWith("TLC threw an unexpected exception") ? lines.get(lines.size() - 1) : lines.get(0);
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
