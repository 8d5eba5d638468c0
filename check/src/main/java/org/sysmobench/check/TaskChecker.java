package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.PhaseDetails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sysmobench.model.result.PhaseDetails.InvariantCheck;
import org.sysmobench.model.result.PhaseDetails.InvariantOutcome;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.Task;

/**
 * Proves a task sound: its reference spec must pass every phase (not merely finish it: a budget hit
 * proves nothing) with 100% under both profiles, and every mutant must lose points where it says it
 * does (a phase, or one named invariant), by its own fault. Used by {@code sysmobench task check} and by
 * CI for every task.
 */
public final class TaskChecker {
  private final Evaluator evaluator;

  public TaskChecker(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** One spec's verdict within the task check. */
  public record SpecVerdict(String name, boolean ok, String why, EvalResult result) {}

  /** The whole check: the reference first, then each mutant. */
  public record Report(Task task, List<SpecVerdict> specs) {
    public boolean ok() {
      return specs.stream().allMatch(SpecVerdict::ok);
    }
  }

  public Report check(Task task, EvalOptions options) {
    List<SpecVerdict> out = new ArrayList<>();
    String cfg = read(task.reference().cfg());
    EvalResult ref = evaluator.evaluate(task, new SpecSubmission(read(task.reference().spec()), "reference",
        cfg, SpecSubmission.CfgOrigin.GIVEN), options);
    List<String> short100 = ref.phases().stream()
        .filter(p -> p.verdict() != Verdict.PASS || p.scores().sound() < 1 || p.scores().paper() < 1)
        .map(p -> p.phase().id() + " " + p.verdict() + " " + String.format(java.util.Locale.ROOT, "%.2f/%.2f",
            p.scores().sound(), p.scores().paper()) + " (" + p.summary() + ")").toList();
    out.add(new SpecVerdict("reference", short100.isEmpty() && ref.isScored(),
        short100.isEmpty() ? "passes every phase with 100% under both profiles"
            : "must pass every phase with 100% but got " + short100, ref));
    for (Mutant m : task.reference().mutants()) {
      EvalResult r = evaluator.evaluate(task, new SpecSubmission(read(m.spec()), "mutant " + m.name(), cfg,
          SpecSubmission.CfgOrigin.GIVEN), options);
      List<String> notLost = new ArrayList<>();
      for (String target : m.losesIn()) {
        if (!losesIn(r, target)) {
          notLost.add(target);
        }
      }
      boolean ok = notLost.isEmpty() && r.isScored();
      out.add(new SpecVerdict("mutant " + m.name(), ok, !r.isScored() ? "was not scored (harness error): " + r.verdict()
          : ok ? "loses points in " + String.join(", ", m.losesIn()) : "should lose points in " + notLost
              + " but does not", r));
    }
    return new Report(task, out);
  }

  /**
   * Whether the result lost points in a phase ({@code conformance}) or on one invariant ({@code
   * invariants:Name}), by the spec's own fault: a phase FAILs or scores below 100% (a budget hit or our
   * harness error proves nothing about the mutant), an invariant is violated or raises the spec's error.
   */
  public static boolean losesIn(EvalResult r, String target) {
    String[] parts = target.split(":", 2);
    Phase phase = Phase.fromId(parts[0]);
    Optional<PhaseResult> p = r.phases().stream().filter(x -> x.phase() == phase).findFirst();
    if (p.isEmpty()) {
      return false;
    }
    if (parts.length == 1) {
      return p.get().verdict() == Verdict.FAIL || p.get().verdict() == Verdict.SKIPPED
          || p.get().verdict() == Verdict.PASS && p.get().scores().sound() < 1;
    }
    if (!(p.get().details() instanceof PhaseDetails.Invariants inv)) {
      // skipped or not model checkable: it lost everything, this invariant included
      return p.get().verdict() == Verdict.FAIL || p.get().verdict() == Verdict.SKIPPED;
    }
    return inv.invariants().stream().filter(c -> c.name().equals(parts[1])).map(InvariantCheck::outcome)
        .anyMatch(o -> o == InvariantOutcome.VIOLATED || o == InvariantOutcome.ERROR);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
