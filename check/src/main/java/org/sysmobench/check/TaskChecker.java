package org.sysmobench.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sysmobench.check.PhaseDetails.InvariantCheck;
import org.sysmobench.check.PhaseDetails.InvariantOutcome;
import org.sysmobench.tasks.Mutant;
import org.sysmobench.tasks.Task;

/**
 * Proves a task sound: its reference spec must score 100% on every phase, and every mutant must lose
 * points where it says it does (a phase, or one named invariant). Used by {@code sysmobench task check}
 * and by CI for every task.
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
    List<String> short100 = ref.phases().stream().filter(p -> p.score() < 1)
        .map(p -> p.phase().id() + " " + String.format(java.util.Locale.ROOT, "%.2f", p.score())).toList();
    out.add(new SpecVerdict("reference", short100.isEmpty(),
        short100.isEmpty() ? "scores 100% on every phase" : "must score 100% but got " + short100, ref));
    for (Mutant m : task.reference().mutants()) {
      EvalResult r = evaluator.evaluate(task, new SpecSubmission(read(m.spec()), "mutant " + m.name(), cfg,
          SpecSubmission.CfgOrigin.GIVEN), options);
      List<String> notLost = new ArrayList<>();
      for (String target : m.losesIn()) {
        if (!losesIn(r, target)) {
          notLost.add(target);
        }
      }
      out.add(new SpecVerdict("mutant " + m.name(), notLost.isEmpty(), notLost.isEmpty()
          ? "loses points in " + String.join(", ", m.losesIn()) : "should lose points in " + notLost + " but does not",
          r));
    }
    return new Report(task, out);
  }

  /** Whether the result lost points in a phase ({@code conformance}) or on one invariant ({@code invariants:Name}). */
  static boolean losesIn(EvalResult r, String target) {
    String[] parts = target.split(":", 2);
    Phase phase = Phase.fromId(parts[0]);
    Optional<PhaseResult> p = r.phases().stream().filter(x -> x.phase() == phase).findFirst();
    if (p.isEmpty()) {
      return false;
    }
    if (parts.length == 1) {
      return p.get().score() < 1;
    }
    if (!(p.get().details() instanceof PhaseDetails.Invariants inv)) {
      return p.get().score() < 1; // skipped: it lost everything, including this invariant
    }
    return inv.invariants().stream().filter(c -> c.name().equals(parts[1])).map(InvariantCheck::outcome)
        .anyMatch(o -> o != InvariantOutcome.HOLDS);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
