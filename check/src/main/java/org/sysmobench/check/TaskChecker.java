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
 * CI for every task. The task's discrimination mutants (bugs in decisive branches of the modelled code)
 * are judged the same way, and {@link Report#discrimination()} says how many lose points and where.
 */
public final class TaskChecker {
  private final Evaluator evaluator;

  public TaskChecker(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * One spec's verdict within the task check.
   *
   * @param discrimination whether the spec is one of the task's discrimination mutants
   */
  public record SpecVerdict(String name, boolean ok, String why, EvalResult result, boolean discrimination) {
    public SpecVerdict(String name, boolean ok, String why, EvalResult result) {
      this(name, ok, why, result, false);
    }

    /** Where the spec lost points: phase ids, and {@code invariants:Name} per violated template. */
    public List<String> lostIn() {
      return TaskChecker.lostIn(result);
    }
  }

  /**
   * The discriminating power of the task's traces and templates: of its discrimination mutants, those that
   * lose points (caught), where each lost, and those only the invariants phase catches.
   */
  public record Discrimination(int total, List<SpecVerdict> caught) {
    public Discrimination {
      caught = List.copyOf(caught);
    }

    /** Caught mutants that lost no point before the invariants phase: bugs the traces do not show. */
    public List<SpecVerdict> invariantsOnly() {
      return caught.stream().filter(v -> v.lostIn().stream().allMatch(p -> p.startsWith("invariants"))).toList();
    }
  }

  /** The whole check: the reference first, then each mutant, then each discrimination mutant. */
  public record Report(Task task, List<SpecVerdict> specs) {
    public boolean ok() {
      return specs.stream().allMatch(SpecVerdict::ok);
    }

    public Discrimination discrimination() {
      List<SpecVerdict> d = specs.stream().filter(SpecVerdict::discrimination).toList();
      return new Discrimination(d.size(), d.stream().filter(v -> v.result().isScored() && !v.lostIn().isEmpty()).toList());
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
      out.add(judge(task, m, cfg, options, false));
    }
    for (Mutant m : task.reference().discrimination()) {
      out.add(judge(task, m, cfg, options, true));
    }
    return new Report(task, out);
  }

  private SpecVerdict judge(Task task, Mutant m, String cfg, EvalOptions options, boolean discrimination) {
    String name = (discrimination ? "discrimination " : "mutant ") + m.name();
    EvalResult r = evaluator.evaluate(task, new SpecSubmission(read(m.spec()), name, cfg,
        SpecSubmission.CfgOrigin.GIVEN), options);
    List<String> notLost = new ArrayList<>();
    for (String target : m.losesIn()) {
      if (!losesIn(r, target)) {
        notLost.add(target);
      }
    }
    boolean ok = notLost.isEmpty() && r.isScored();
    if (m.isEquivalent()) {
      // Explained by the task: it is counted (caught or not), never a failure of the check.
      return new SpecVerdict(name, r.isScored(), !r.isScored() ? "was not scored (harness error): " + r.verdict()
          : "equivalent under the task's observations: " + m.equivalent(), r, discrimination);
    }
    return new SpecVerdict(name, ok, !r.isScored() ? "was not scored (harness error): " + r.verdict()
        : ok ? "loses points in " + String.join(", ", m.losesIn()) : "should lose points in " + notLost
            + " but does not", r, discrimination);
  }

  /** Every phase (and violated invariant, as {@code invariants:Name}) where {@code r} lost points by its own fault. */
  public static List<String> lostIn(EvalResult r) {
    List<String> out = new ArrayList<>();
    for (PhaseResult p : r.phases()) {
      if (losesIn(r, p.phase().id())) {
        out.add(p.phase().id());
      }
      if (p.details() instanceof PhaseDetails.Invariants inv) {
        inv.invariants().stream().filter(c -> c.outcome() == InvariantOutcome.VIOLATED || c.outcome() == InvariantOutcome.ERROR)
            .forEach(c -> out.add(p.phase().id() + ":" + c.name()));
      }
    }
    return out;
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
