package org.sysmobench.check.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.check.conformance.TraceCheckModule;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Checks the properties on recorded traces directly: each trace is replayed through the reference as the
 * conformance phase replays it ({@link TraceCheckModule}: each event a step of the reference that is the
 * contract action the event names, ending in the observed values), and every state and step of the
 * replay is checked. A property a real execution violates is unsound even where the reference's model
 * checking could not see it (a trace recorded with more threads, or further than the model's bounds).
 * Where the trace does not observe a variable, every value the reference allows there is checked.
 */
final class TraceReplay {
  /**
   * What the replays of one group of traces saw.
   *
   * @param violations predicate id to the traces some state or step of which violates it
   * @param explained trace name to the events the reference explained, for traces it did not explain in full
   */
  record Outcome(Map<String, Set<String>> violations, Map<String, String> errors, boolean complete, String detail,
      String problem, Map<String, String> explained) {}

  private TraceReplay() {}

  static Outcome run(Session s, CheckedSpec reference, TraceGroups.Group group, int number, PhaseBudget budget) {
    Path folder = reference.folder();
    String traceModule = "SysMoBench_DTrace" + number;
    List<Path> events = group.traces().stream().map(TraceGroups.Prepared::events).toList();
    Jobs.write(folder, traceModule, TraceCheckModule.render(traceModule, s.task().contract(), s.jobs().key(), events));
    Map<String, String> values = new LinkedHashMap<>(reference.values());
    group.constants().forEach((k, v) -> {
      if (reference.constants().contains(k)) {
        values.put(k, v);
      }
    });
    Frame frame = Frame.of(traceModule, s.contractNames(), reference.constants(), reference.variables(), values,
        List.of(TraceCheckModule.TRACE, TraceCheckModule.CURSOR));
    List<Predicate> states = new ArrayList<>(s.states().stream().filter(p -> !p.isTemplate()).toList());
    List<Predicate> steps = new ArrayList<>(s.steps().stream().filter(p -> !p.isTemplate()).toList());
    Map<String, Set<String>> violations = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (int round = 1; ; round++) {
      String name = "SysMoBench_DReplay" + number + "_" + round;
      PropertyModule.Rendered m = PropertyModule.replay(name, frame, s.task().contract(), s.sheet(), states, steps,
          s.jobs().key(), TraceCheckModule.SPEC, TraceCheckModule.TRACE);
      TlcResult r = s.jobs().run(folder, m, frame.config(),
          states.isEmpty() ? List.of() : List.of(PropertyModule.STATES),
          steps.isEmpty() ? List.of() : List.of(PropertyModule.STEPS), List.of(),
          WorkFiles.budget(budget, budget.maxStates(), false), frame.variables(), events).join();
      for (int code : r.hooks().fired()) {
        boolean step = PatternCodec.isStep(code);
        int rest = code & ~PatternCodec.STEP;
        int trace = rest >> 16;
        int i = rest & 0xFFFF;
        List<Predicate> list = step ? steps : states;
        if (trace >= 1 && trace <= group.traces().size() && i < list.size()) {
          violations.computeIfAbsent(list.get(i).id(), k -> new LinkedHashSet<>())
              .add(group.traces().get(trace - 1).name());
        }
      }
      TlcOutcome o = r.outcome();
      if (o instanceof TlcOutcome.Ok || o instanceof TlcOutcome.Incomplete) {
        Map<String, String> explained = new LinkedHashMap<>();
        for (int t = 0; t < group.traces().size(); t++) {
          TraceGroups.Prepared p = group.traces().get(t);
          int reached = r.hooks().reached().getOrDefault(t + 1, 0);
          if (reached < p.length()) {
            explained.put(p.name(), reached + " of " + p.length() + " events");
          }
        }
        boolean complete = o instanceof TlcOutcome.Ok;
        return new Outcome(violations, errors, complete, complete ? "" : o.summary(), "", explained);
      }
      Optional<Integer> culprit = SpecSearch.culprit(o, m);
      if (culprit.isEmpty()) {
        return new Outcome(violations, errors, false, o.summary(), o.summary(), Map.of());
      }
      int k = culprit.get();
      Predicate p = k < states.size() ? states.remove(k) : steps.remove(k - states.size());
      errors.put(p.id(), SpecSearch.message(o) + " (replaying a trace)");
    }
  }
}
