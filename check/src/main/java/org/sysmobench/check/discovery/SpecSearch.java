package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.SourceLocation;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.check.WorkFiles;

/**
 * A breadth-first search of one spec's safety specification that records, for every explored state and
 * step, which of the session's predicates it violates (see {@link PatternCodec}). Nothing stops the
 * search but its end or its budget, so one search decides every predicate at once. A predicate whose
 * evaluation raises an error is taken out (with TLC's message) and the search runs again without it.
 */
final class SpecSearch {
  /**
   * What a search saw.
   *
   * @param errors predicate id to the evaluation error it raised
   * @param complete whether the search explored every reachable state within its budget
   * @param problem why the search failed as a whole (our fault or the task's: not the sheet's); empty when it did not
   */
  record Outcome(String spec, Observations states, Observations steps, Map<String, String> errors, boolean complete,
      String detail, String problem) {}

  private SpecSearch() {}

  static Outcome run(Session s, CheckedSpec spec, PhaseBudget budget) {
    Frame frame = spec.frame(s.contractNames(), Map.of());
    Map<String, Integer> stateIndex = Session.indexes(s.states());
    Map<String, Integer> stepIndex = Session.indexes(s.steps());
    Observations so = new Observations(s.states().size());
    Observations to = new Observations(s.steps().size());
    List<Predicate> states = new ArrayList<>(s.states());
    List<Predicate> steps = new ArrayList<>(s.steps());
    Map<String, String> errors = new LinkedHashMap<>();
    for (int round = 1; ; round++) {
      String name = "SysMoBench_DSearch" + round;
      PropertyModule.Rendered m = PropertyModule.search(name, frame, s.task().contract(), s.sheet(),
          Session.TEMPLATES_MODULE, states, steps, s.jobs().key());
      TlcResult r = s.jobs().run(spec.folder(), m, frame.config(),
          states.isEmpty() ? List.of() : List.of(PropertyModule.STATES),
          steps.isEmpty() ? List.of() : List.of(PropertyModule.STEPS), List.of(),
          WorkFiles.budget(budget, budget.maxStates(), false), frame.variables(), List.of()).join();
      decode(r, states, steps, stateIndex, stepIndex, so, to);
      TlcOutcome o = r.outcome();
      if (o instanceof TlcOutcome.Ok) {
        return new Outcome(spec.label(), so, to, errors, true, "", "");
      }
      if (o instanceof TlcOutcome.Incomplete) {
        return new Outcome(spec.label(), so, to, errors, false, o.summary(), "");
      }
      Optional<Integer> culprit = culprit(o, m);
      if (culprit.isEmpty()) {
        return new Outcome(spec.label(), so, to, errors, false, o.summary(), o.summary());
      }
      int k = culprit.get();
      Predicate p = k < states.size() ? states.remove(k) : steps.remove(k - states.size());
      errors.put(p.id(), message(o));
    }
  }

  static void decode(TlcResult r, List<Predicate> states, List<Predicate> steps, Map<String, Integer> stateIndex,
      Map<String, Integer> stepIndex, Observations so, Observations to) {
    PatternCodec sc = new PatternCodec(states.size());
    PatternCodec tc = new PatternCodec(steps.size());
    int[] sg = states.stream().mapToInt(p -> stateIndex.get(p.id())).toArray();
    int[] tg = steps.stream().mapToInt(p -> stepIndex.get(p.id())).toArray();
    for (int code : r.hooks().fired()) {
      if (PatternCodec.isStep(code)) {
        tc.decode(code, tg, to);
      } else {
        sc.decode(code, sg, so);
      }
    }
  }

  /** The predicate (local number) an evaluation error is pinned on, if any. */
  static Optional<Integer> culprit(TlcOutcome o, PropertyModule.Rendered m) {
    List<SourceLocation> locations = o instanceof TlcOutcome.EvaluationError e ? e.locations()
        : o instanceof TlcOutcome.AssertionFailed a ? a.locations() : List.of();
    return m.predicateAt(locations);
  }

  static String message(TlcOutcome o) {
    String text = o instanceof TlcOutcome.EvaluationError e ? e.message()
        : o instanceof TlcOutcome.AssertionFailed a ? a.message() : o.summary();
    String first = text.strip().lines().findFirst().orElse("");
    return "evaluating it raised an error: " + (first.length() > 200 ? first.substring(0, 200) + "..." : first);
  }

}
