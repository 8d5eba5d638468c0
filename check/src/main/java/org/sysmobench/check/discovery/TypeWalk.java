package org.sysmobench.check.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.tasks.ContractVariable;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Decides which safety properties are trivial: they hold in every well-typed state ({@link TypeSpace}).
 * A walk starts from the reference's initial state, and every step gives one of the walked variables any
 * value of its bounded shape, so the walk reaches every combination of their values (the other variables
 * keep their initial ones, which the walked properties do not read).
 * A property that mentions no variable is decided by the initial state alone.
 */
final class TypeWalk {
  /** A property's verdict: violated in some well-typed state, in none, or not decided within the budget. */
  enum Verdict { NOT_TRIVIAL, TRIVIAL, UNDECIDED }

  /** Distinct states a walk may visit, and states it may generate (its steps branch widely). */
  static final long MAX_STATES = 50_000;
  static final long MAX_GENERATED = 1_000_000;

  private TypeWalk() {}

  /**
   * The walks' verdicts.
   *
   * @param verdicts each property's verdict, by predicate id
   * @param problem why a walk failed as a whole (a generated module TLC refused: our fault); empty when none did
   */
  record Outcome(Map<String, Verdict> verdicts, String problem) {}

  /**
   * Each of {@code props}' verdict. First one walk over every variable some property mentions (for a
   * small task it decides them all at once); properties it leaves undecided are walked again in groups
   * of the variables they mention, the groups at once on {@code threads}.
   */
  static Outcome run(Session s, CheckedSpec reference, List<Predicate> props,
      Map<String, Set<String>> variables, Duration guard, java.util.concurrent.Executor threads) {
    Map<String, Verdict> out = new LinkedHashMap<>();
    if (props.isEmpty()) {
      return new Outcome(out, "");
    }
    int bound = TypeSpace.bound(reference.values());
    Frame frame = reference.frame(s.contractNames(), Map.of());
    Set<String> union = new java.util.TreeSet<>();
    props.forEach(p -> union.addAll(variables.get(p.id())));
    Outcome first = walk(s, reference, frame, props, shapes(s, union), bound, 0, guard);
    out.putAll(first.verdicts());
    if (!first.problem().isEmpty()) {
      return first;
    }
    Map<Set<String>, List<Predicate>> groups = new LinkedHashMap<>();
    for (Predicate p : props) {
      Set<String> vs = new java.util.TreeSet<>(variables.get(p.id()));
      if (out.get(p.id()) == Verdict.UNDECIDED && !vs.equals(union)) {
        groups.computeIfAbsent(vs, k -> new ArrayList<>()).add(p);
      }
    }
    List<java.util.concurrent.CompletableFuture<Outcome>> walks = new ArrayList<>();
    int number = 0;
    for (Map.Entry<Set<String>, List<Predicate>> g : groups.entrySet()) {
      int n = ++number;
      walks.add(java.util.concurrent.CompletableFuture.supplyAsync(
          () -> walk(s, reference, frame, g.getValue(), shapes(s, g.getKey()), bound, n, guard), threads));
    }
    String problem = "";
    for (java.util.concurrent.CompletableFuture<Outcome> w : walks) {
      Outcome o = w.join();
      out.putAll(o.verdicts());
      problem = problem.isEmpty() ? o.problem() : problem;
    }
    return new Outcome(out, problem);
  }

  /** The bounded shapes of {@code vars}, in contract order. */
  private static Map<String, String> shapes(Session s, Set<String> vars) {
    Map<String, String> shapes = new LinkedHashMap<>();
    for (ContractVariable v : s.task().contract().variables()) {
      if (vars.contains(v.name())) {
        shapes.put(v.name(), TypeSpace.bounded(v.shape()));
      }
    }
    return shapes;
  }

  private static Outcome walk(Session s, CheckedSpec reference, Frame frame, List<Predicate> group,
      Map<String, String> shapes, int bound, int number, Duration guard) {
    List<Predicate> live = new ArrayList<>(group);
    Set<String> violated = new LinkedHashSet<>();
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (int round = 1; !live.isEmpty(); round++) {
      String name = "SysMoBench_DType" + number + "_" + round;
      PropertyModule.Rendered m = PropertyModule.typeSpace(name, frame, s.task().contract(), s.sheet(), live, shapes,
          bound, s.jobs().key());
      TlcResult r = s.jobs().run(reference.folder(), m, frame.config(), List.of(PropertyModule.STATES), List.of(),
          List.of(), TlcBudget.ofTime(guard).withMaxDistinctStates(MAX_STATES).withMaxGenerated(MAX_GENERATED),
          frame.variables(), List.of()).join();
      for (int code : r.hooks().fired()) {
        if (code >= 0 && code < live.size()) {
          violated.add(live.get(code).id());
        }
      }
      TlcOutcome o = r.outcome();
      boolean complete = o instanceof TlcOutcome.Ok;
      if (complete || o instanceof TlcOutcome.Incomplete) {
        for (Predicate p : live) {
          out.put(p.id(), violated.contains(p.id()) ? Verdict.NOT_TRIVIAL
              : complete ? Verdict.TRIVIAL : Verdict.UNDECIDED);
        }
        return new Outcome(out, "");
      }
      // An error on some well-typed state (a property that only makes sense on reachable states) decides
      // nothing about triviality: that property is undecided, the others walk again.
      Optional<Integer> culprit = SpecSearch.culprit(o, m);
      if (culprit.isEmpty()) {
        live.forEach(p -> out.put(p.id(), violated.contains(p.id()) ? Verdict.NOT_TRIVIAL : Verdict.UNDECIDED));
        return new Outcome(out, o instanceof TlcOutcome.EvaluationError ? "" : "a type-space walk failed: "
            + o.summary());
      }
      Predicate p = live.remove((int) culprit.get());
      out.put(p.id(), violated.contains(p.id()) ? Verdict.NOT_TRIVIAL : Verdict.UNDECIDED);
    }
    return new Outcome(out, "");
  }
}
