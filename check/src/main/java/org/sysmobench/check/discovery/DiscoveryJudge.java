package org.sysmobench.check.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sysmobench.model.result.DiscoveryResult.PropertyResult;
import org.sysmobench.model.result.DiscoveryResult.TemplateCoverage;
import org.sysmobench.tasks.InvariantKind;
import org.sysmobench.tasks.InvariantTemplate;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.model.result.DiscoveryResult;

/**
 * Decides each proposed property's {@link PropertyStatus} from the {@link Evidence}, the first rule that
 * applies winning:
 *
 * <ol>
 *   <li><b>ill-formed</b>: SANY or the sheet's rules rejected it, or evaluating it raised an error on the
 *       reference or a trace (a liveness property TLC cannot check included);
 *   <li><b>unsound</b>: a reachable state (a step, a behaviour) of the reference under the task's constants
 *       violates it, or a state or step of a trace's replay does;
 *   <li><b>incomplete</b>: the reference's search or a replay hit its budget;
 *   <li><b>trivial</b> (safety properties): no well-typed state violates it ({@link TypeWalk});
 *   <li><b>not discriminating</b>: no hidden mutant violates it;
 *   <li><b>restatement</b>: it holds in exactly the states (steps) of the reference and the hidden mutants
 *       where an earlier accepted property holds; for liveness properties, its definition is an earlier
 *       accepted one's up to spaces;
 *   <li>else <b>accepted</b>.
 * </ol>
 *
 * <p>Why the relations are decided on the states of the reference <em>and</em> the hidden mutants, not
 * on the reference's alone: every sound property holds in every reachable state of the reference, so on
 * those states alone any two sound properties imply each other and the relations say nothing. The
 * mutants' states are where properties fail, and two properties are the same property, or one covers a
 * template, as far as they fail in the same places. <b>Coverage</b>: an accepted property covers a
 * template of its kind when, on those states, it implies the template (wherever it holds, so does the
 * template; the template is violated somewhere) or the template implies it. Liveness properties are
 * related to liveness templates by the verdicts of whole specs (a hidden mutant that satisfies one and
 * violates the other refutes that direction; a template's verdicts are the task's declared {@code breaks}).
 */
final class DiscoveryJudge {
  private final Evidence e;
  private final Session s;
  private final Map<String, Integer> stateIndex;
  private final Map<String, Integer> stepIndex;
  private final Observations allStates;
  private final Observations allSteps;

  DiscoveryJudge(Evidence e) {
    this.e = e;
    this.s = e.session();
    this.stateIndex = Session.indexes(s.states());
    this.stepIndex = Session.indexes(s.steps());
    this.allStates = new Observations(s.states().size());
    this.allSteps = new Observations(s.steps().size());
    allStates.addAll(e.reference().states());
    allSteps.addAll(e.reference().steps());
    for (SpecSearch.Outcome m : e.mutants()) {
      allStates.addAll(m.states());
      allSteps.addAll(m.steps());
    }
  }

  List<PropertyResult> properties() {
    Map<String, Candidate> byName = new LinkedHashMap<>();
    s.sheet().candidates().forEach(c -> byName.put(c.name(), c));
    List<PropertyResult> out = new ArrayList<>();
    List<Candidate> accepted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ValidatedSheet.Proposal p : s.sheet().proposals()) {
      if (!seen.add(p.name())) {
        out.add(result(p, PropertyStatus.ILL_FORMED, "defined twice: only the first definition of " + p.name()
            + " is checked", List.of(), List.of(), List.of()));
        continue;
      }
      if (s.sheet().overLimit().contains(p.name())) {
        out.add(result(p, PropertyStatus.OVER_LIMIT, "not checked: a sheet's first " + DiscoveryScorer.MAX_PROPERTIES
            + " properties are", List.of(), List.of(), List.of()));
        continue;
      }
      if (s.sheet().rejected().containsKey(p.name())) {
        out.add(result(p, PropertyStatus.ILL_FORMED, s.sheet().rejected().get(p.name()), List.of(), List.of(),
            List.of()));
        continue;
      }
      Candidate c = byName.get(p.name());
      out.add(judge(p, c, accepted));
    }
    return out;
  }

  private PropertyResult judge(ValidatedSheet.Proposal p, Candidate c, List<Candidate> accepted) {
    String id = c.name();
    String error = e.reference().errors().get(id);
    for (TraceReplay.Outcome r : e.replays()) {
      error = error != null ? error : r.errors().get(id);
    }
    if (c.kind() == InvariantKind.LIVENESS) {
      LivenessCheck.Outcome ref = e.liveReference().get(id);
      if (ref.verdict() == LivenessCheck.Verdict.ERROR) {
        error = ref.detail();
      }
    }
    if (error != null) {
      return result(p, PropertyStatus.ILL_FORMED, error, List.of(), List.of(), List.of());
    }
    if (violatedOnReference(c)) {
      return result(p, PropertyStatus.UNSOUND, "does not hold on the reference under the task's constants: "
          + (c.kind() == InvariantKind.LIVENESS ? "a behaviour" : c.kind() == InvariantKind.ACTION ? "a reachable step"
          : "a reachable state") + " violates it", List.of(), List.of(), List.of());
    }
    Set<String> traces = new LinkedHashSet<>();
    e.replays().forEach(r -> traces.addAll(r.violations().getOrDefault(id, Set.of())));
    if (!traces.isEmpty()) {
      return result(p, PropertyStatus.UNSOUND, "violated on " + (e.learning() ? "learning" : "scoring") + " trace"
          + (traces.size() > 1 ? "s " : " ") + String.join(", ", traces) + ": a " + (c.kind() == InvariantKind.ACTION
          ? "step" : "state") + " the real system went through", List.of(), List.of(), List.of());
    }
    String undecided = undecidedSoundness(c);
    if (!undecided.isEmpty()) {
      return result(p, PropertyStatus.INCOMPLETE, undecided, List.of(), List.of(), List.of());
    }
    if (c.kind() == InvariantKind.SAFETY && e.types().get(id) == TypeWalk.Verdict.TRIVIAL) {
      return result(p, PropertyStatus.TRIVIAL, c.variables().isEmpty()
          ? "a tautology: it mentions no state variable and holds"
          : "holds in every well-typed state (every value of " + String.join(", ", c.variables().stream().sorted()
              .toList()) + " the contract's shapes allow): a tautology, or a consequence of the type invariant alone",
          List.of(), List.of(), List.of());
    }
    if (e.learning()) {
      return result(p, PropertyStatus.ACCEPTED, "holds on the reference and the learning traces, and is not trivial",
          List.of(), List.of(), List.of());
    }
    List<String> violatedBy = violatedBy(c);
    if (violatedBy.isEmpty()) {
      String open = incompleteMutants(c);
      return open.isEmpty()
          ? result(p, PropertyStatus.NOT_DISCRIMINATING, "no hidden mutant violates it (" + e.mutants().size()
              + " checked): it does not tell a wrong system from the right one", List.of(), List.of(), List.of())
          : result(p, PropertyStatus.INCOMPLETE, "no hidden mutant violates it, but " + open, List.of(), List.of(),
              List.of());
    }
    for (Candidate a : accepted) {
      if (a.kind() == c.kind() && restates(c, a)) {
        return result(p, PropertyStatus.RESTATEMENT, "restates " + a.name() + (c.kind() == InvariantKind.LIVENESS
            ? " (the same formula)" : ": it holds in exactly the " + (c.kind() == InvariantKind.ACTION ? "steps"
            : "states") + " of the reference and the hidden mutants where " + a.name() + " holds"), violatedBy,
            List.of(), List.of());
      }
    }
    accepted.add(c);
    List<String> implies = new ArrayList<>();
    List<String> impliedBy = new ArrayList<>();
    relate(c, implies, impliedBy);
    return result(p, PropertyStatus.ACCEPTED, "sound, violated by " + violatedBy.size() + " of " + e.mutants().size()
        + " hidden mutants, not trivial", violatedBy, implies, impliedBy);
  }

  private boolean violatedOnReference(Candidate c) {
    return switch (c.kind()) {
      case SAFETY -> e.reference().states().violated(stateIndex.get(c.name()));
      case ACTION -> e.reference().steps().violated(stepIndex.get(c.name()));
      case LIVENESS -> e.liveReference().get(c.name()).verdict() == LivenessCheck.Verdict.VIOLATED;
    };
  }

  /** Why soundness is not decided ("" when it is): a budget hit on the reference or a replay. */
  private String undecidedSoundness(Candidate c) {
    if (c.kind() == InvariantKind.LIVENESS) {
      LivenessCheck.Outcome ref = e.liveReference().get(c.name());
      if (ref.verdict() != LivenessCheck.Verdict.HOLDS) {
        return "its check on the reference did not complete: " + ref.detail();
      }
    } else if (!e.reference().complete()) {
      return "the reference's search did not complete: " + e.reference().detail();
    }
    if (c.kind() != InvariantKind.LIVENESS) {
      for (TraceReplay.Outcome r : e.replays()) {
        if (!r.complete()) {
          return "a trace replay did not complete: " + r.detail();
        }
      }
    }
    return "";
  }

  private List<String> violatedBy(Candidate c) {
    List<String> out = new ArrayList<>();
    if (c.kind() == InvariantKind.LIVENESS) {
      e.liveMutants().getOrDefault(c.name(), Map.of()).forEach((m, o) -> {
        if (o.verdict() == LivenessCheck.Verdict.VIOLATED) {
          out.add(m);
        }
      });
      return out;
    }
    for (SpecSearch.Outcome m : e.mutants()) {
      boolean v = c.kind() == InvariantKind.SAFETY ? m.states().violated(stateIndex.get(c.name()))
          : m.steps().violated(stepIndex.get(c.name()));
      if (v) {
        out.add(m.spec());
      }
    }
    return out;
  }

  private String incompleteMutants(Candidate c) {
    List<String> open = new ArrayList<>();
    if (c.kind() == InvariantKind.LIVENESS) {
      e.liveMutants().getOrDefault(c.name(), Map.of()).forEach((m, o) -> {
        if (o.verdict() != LivenessCheck.Verdict.HOLDS) {
          open.add(m + " (" + o.detail() + ")");
        }
      });
    } else {
      e.mutants().stream().filter(m -> !m.complete() || m.errors().containsKey(c.name()))
          .forEach(m -> open.add(m.spec() + " (" + (m.errors().containsKey(c.name()) ? m.errors().get(c.name())
              : m.detail()) + ")"));
    }
    return open.isEmpty() ? "" : "the check" + (open.size() > 1 ? "s" : "") + " of " + String.join(", ", open)
        + " did not complete";
  }

  private boolean restates(Candidate c, Candidate a) {
    return switch (c.kind()) {
      case SAFETY -> allStates.equivalent(stateIndex.get(c.name()), stateIndex.get(a.name()));
      case ACTION -> allSteps.equivalent(stepIndex.get(c.name()), stepIndex.get(a.name()));
      case LIVENESS -> body(c.definition()).equals(body(a.definition()));
    };
  }

  private static String body(String definition) {
    return definition.substring(definition.indexOf("==") + 2).replaceAll("\\s+", "");
  }

  /** The templates of the candidate's kind it implies and that imply it. */
  private void relate(Candidate c, List<String> implies, List<String> impliedBy) {
    for (InvariantTemplate t : s.task().invariants()) {
      if (t.kind() != c.kind()) {
        continue;
      }
      if (c.kind() == InvariantKind.LIVENESS) {
        relateLiveness(c, t, implies, impliedBy);
        continue;
      }
      Observations obs = c.kind() == InvariantKind.SAFETY ? allStates : allSteps;
      Map<String, Integer> index = c.kind() == InvariantKind.SAFETY ? stateIndex : stepIndex;
      Integer ti = index.get(Predicate.TEMPLATE + t.name());
      if (ti == null) {
        continue;
      }
      int ci = index.get(c.name());
      if (obs.violated(ti) && obs.implies(ci, ti)) {
        implies.add(t.name());
      }
      if (obs.implies(ti, ci)) {
        impliedBy.add(t.name());
      }
    }
  }

  private void relateLiveness(Candidate c, InvariantTemplate t, List<String> implies, List<String> impliedBy) {
    Map<String, LivenessCheck.Outcome> mine = e.liveMutants().getOrDefault(c.name(), Map.of());
    if (mine.isEmpty() || !mine.values().stream().allMatch(DiscoveryJudge::decided)) {
      return;
    }
    java.util.function.Predicate<String> breaksT = m -> e.breaks().getOrDefault(m, Set.of()).contains(t.name());
    boolean templateViolated = mine.keySet().stream().anyMatch(breaksT);
    boolean cImpliesT = mine.keySet().stream().noneMatch(m -> mine.get(m).verdict() == LivenessCheck.Verdict.HOLDS
        && breaksT.test(m));
    boolean tImpliesC = mine.keySet().stream().noneMatch(m -> !breaksT.test(m)
        && mine.get(m).verdict() == LivenessCheck.Verdict.VIOLATED);
    if (templateViolated && cImpliesT) {
      implies.add(t.name());
    }
    if (templateViolated && tImpliesC) {
      impliedBy.add(t.name());
    }
  }

  private static boolean decided(LivenessCheck.Outcome o) {
    return o.verdict() == LivenessCheck.Verdict.HOLDS || o.verdict() == LivenessCheck.Verdict.VIOLATED;
  }

  /** Every template with the accepted properties that cover it. */
  List<TemplateCoverage> templates(List<PropertyResult> results) {
    List<TemplateCoverage> out = new ArrayList<>();
    for (InvariantTemplate t : s.task().invariants()) {
      List<String> by = results.stream().filter(r -> r.status() == PropertyStatus.ACCEPTED
          && (r.implies().contains(t.name()) || r.impliedBy().contains(t.name()))).map(PropertyResult::name).toList();
      out.add(new TemplateCoverage(t.name(), t.kind().name().toLowerCase(Locale.ROOT), by, violatedByHidden(t)));
    }
    return out;
  }

  private boolean violatedByHidden(InvariantTemplate t) {
    String id = Predicate.TEMPLATE + t.name();
    return switch (t.kind()) {
      case SAFETY -> stateIndex.containsKey(id) && e.mutants().stream().anyMatch(m -> m.states().violated(stateIndex.get(id)));
      case ACTION -> stepIndex.containsKey(id) && e.mutants().stream().anyMatch(m -> m.steps().violated(stepIndex.get(id)));
      case LIVENESS -> e.breaks().values().stream().anyMatch(b -> b.contains(t.name()));
    };
  }

  private static PropertyResult result(ValidatedSheet.Proposal p, PropertyStatus status, String reason,
      List<String> violatedBy, List<String> implies, List<String> impliedBy) {
    return new PropertyResult(p.name(), p.kind(), p.meaning(), p.definition(), status, reason, violatedBy, implies,
        impliedBy);
  }
}
