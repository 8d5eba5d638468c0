package org.sysmobench.tla.bridge.hooks;

import tlc2.TLCGlobals;
import tlc2.overrides.TLAPlusOperator;
import tlc2.tool.AbstractChecker;
import tlc2.tool.ModelChecker;
import tlc2.tool.fp.FPSet;
import tlc2.tool.fp.MultiFPSet;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;

/**
 * Java overrides of the {@code SysMoBenchHooks} operators (see the package note). Every hook is a
 * predicate that is TRUE unless it says otherwise, so it can sit in a conjunction of a generated
 * action or constraint without changing what TLC explores.
 */
public final class EvaluationHookOps {
  private EvaluationHookOps() {}

  /** A trace replay reached {@code cursor} events of trace number {@code trace}. */
  @TLAPlusOperator(identifier = "SysMoBench_Reached", module = "SysMoBenchHooks", warn = false)
  public static Value reached(Value key, Value trace, Value cursor) {
    if (accepts(key) && trace instanceof IntValue t && cursor instanceof IntValue c) {
      JobChannel.reached(t.val, c.val);
    }
    return BoolValue.ValTrue;
  }

  /** Contract action number {@code action} fired (a step satisfied it). */
  @TLAPlusOperator(identifier = "SysMoBench_Fire", module = "SysMoBenchHooks", warn = false)
  public static Value fire(Value key, Value action, Value state) {
    if (accepts(key) && action instanceof IntValue a) {
      JobChannel.fired(a.val);
    }
    return BoolValue.ValTrue;
  }

  /** Whether contract action number {@code action} has not fired yet (so it is still worth testing). */
  @TLAPlusOperator(identifier = "SysMoBench_Unfired", module = "SysMoBenchHooks", warn = false)
  public static Value unfired(Value key, Value action, Value state) {
    if (accepts(key) && action instanceof IntValue a) {
      return JobChannel.hasFired(a.val) ? BoolValue.ValFalse : BoolValue.ValTrue;
    }
    return BoolValue.ValFalse;
  }

  /**
   * Whether fewer than {@code count} distinct contract actions have fired yet: the action tracker's
   * guard, so that once every action it tests has fired a step costs one call instead of one per action.
   */
  @TLAPlusOperator(identifier = "SysMoBench_FiredFewer", module = "SysMoBenchHooks", warn = false)
  public static Value firedFewer(Value key, Value count, Value state) {
    if (accepts(key) && count instanceof IntValue n) {
      return JobChannel.firedCount() < n.val ? BoolValue.ValTrue : BoolValue.ValFalse;
    }
    return BoolValue.ValFalse;
  }

  /**
   * The state budget, as a state constraint: FALSE once the job generated more states than its
   * generated-states budget (the search or simulation then stops), for a state deeper than the depth
   * budget (TLC counts the initial states as depth 1, and passes 0 for them as {@code level}), and once
   * the search holds as many distinct states as the state budget allows (the search is then stopped).
   * Deterministic: TLC runs one worker thread and calls constraints in its exploration order, so the
   * same spec always stops at the same state, whatever the machine's load (a polling watchdog would not).
   *
   * @param level TLC's level of the state being constrained
   * @param state the state's variables, passed only so that the call is state-level (see the module)
   */
  @TLAPlusOperator(identifier = "SysMoBench_WithinBudget", module = "SysMoBenchHooks", warn = false)
  public static Value withinBudget(Value key, Value level, Value state) {
    if (!accepts(key)) {
      return BoolValue.ValTrue;
    }
    if (JobChannel.generateOneMore()) {
      // every state the constraint sees was generated: a search or a simulation that generates too many stops
      JobChannel.budgetHit("STATES");
      stopAll();
      return BoolValue.ValFalse;
    }
    int maxDepth = JobChannel.maxDepth();
    if (maxDepth > 0 && level instanceof IntValue l && l.val >= maxDepth) {
      JobChannel.budgetHit("DEPTH");
      return BoolValue.ValFalse;
    }
    long maxDistinct = JobChannel.maxDistinct();
    AbstractChecker checker = TLCGlobals.mainChecker;
    if (maxDistinct > 0 && checker instanceof ModelChecker mc && mc.theFPSet != null
        && distinct(mc.theFPSet) >= maxDistinct) {
      JobChannel.budgetHit("STATES");
      stopAll();
      return BoolValue.ValFalse;
    }
    return BoolValue.ValTrue;
  }

  /**
   * The number of distinct states in {@code set}, as {@link FPSet#size()} counts them. A
   * {@link MultiFPSet} (TLC's default) sums its nested sets with a parallel stream, which forks
   * fork-join tasks on every call; called for every generated state it tripled the time of a
   * 30,000-state search, so its nested sets are summed here one after the other (the same sum).
   */
  private static long distinct(FPSet set) {
    if (set instanceof MultiFPSet multi) {
      long total = 0;
      for (FPSet nested : multi.getFPSets()) {
        total += distinct(nested);
      }
      return total;
    }
    return set.size();
  }

  /**
   * Stops the search or simulation. A stopped search is incomplete whatever a liveness check of the
   * part explored would say, so TLC's final liveness check (which can take longer than the search on a
   * large graph) is switched off too.
   */
  private static void stopAll() {
    AbstractChecker checker = TLCGlobals.mainChecker;
    if (checker != null) {
      skipLiveness(checker);
      checker.stop();
    }
    if (TLCGlobals.simulator != null) {
      TLCGlobals.simulator.stop();
    }
  }

  private static void skipLiveness(AbstractChecker checker) {
    try {
      java.lang.reflect.Field f = AbstractChecker.class.getDeclaredField("checkLiveness");
      f.setAccessible(true);
      f.setBoolean(checker, false);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Best effort: the run is reported incomplete either way, only later.
    }
  }

  private static boolean accepts(Value key) {
    return key instanceof StringValue s && JobChannel.accepts(s.getVal().toString());
  }
}
