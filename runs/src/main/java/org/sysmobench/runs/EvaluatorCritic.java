package org.sysmobench.runs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sysmobench.agents.SpecCritic;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.check.Evaluator;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.model.Verdict;
import org.sysmobench.tasks.Task;

/**
 * The repair loop's critic backed by the real evaluator (shared by the runner and {@code sysmobench
 * generate}): a draft is acceptable when no checked phase fails, and the feedback is what the scorecard would show for the failing phases (SANY messages with
 * positions, TLC errors and counterexamples, the first unexplained trace event), findings that lost
 * points first.
 *
 * <p>Why the invariants phase is not checked by default: its templates are the benchmark's hidden
 * test of the model's correctness; showing their violations to the author would teach to the test.
 * The paper's repair loop likewise used only SANY and TLC feedback. For the same reason conformance
 * replays the task's learning traces only, whatever the options say: the scoring traces stay held out.
 */
public final class EvaluatorCritic implements SpecCritic {
  public static final Set<Phase> DEFAULT_PHASES = EnumSet.of(Phase.SYNTAX, Phase.RUNTIME, Phase.CONFORMANCE);
  private static final int MAX_FINDINGS_PER_PHASE = 12;

  private final Evaluator evaluator;
  private final Task task;
  private final EvalOptions options;

  public EvaluatorCritic(Evaluator evaluator, Task task, EvalOptions options) {
    this.evaluator = evaluator;
    this.task = task;
    this.options = options.onLearningTraces();
  }

  @Override
  public Critique review(String specText, String cfgText) {
    String name = task.spec().module() + ".tla";
    SpecSubmission submission = cfgText.isBlank() ? SpecSubmission.withoutConfig(specText, name)
        : new SpecSubmission(specText, name, cfgText, SpecSubmission.CfgOrigin.GIVEN);
    EvalResult result = evaluator.evaluate(task, submission, options);
    boolean acceptable = result.phases().stream().noneMatch(p -> p.verdict() == Verdict.FAIL);
    return new Critique(acceptable, feedback(result));
  }

  public static String feedback(EvalResult result) {
    StringBuilder s = new StringBuilder();
    for (String note : result.notes()) {
      s.append("note: ").append(note).append('\n');
    }
    for (PhaseResult p : result.phases()) {
      s.append(p.phase().id()).append(": ").append(p.verdict()).append(String.format(" (score %.2f)", p.score()));
      if (!p.summary().isBlank()) {
        s.append(" - ").append(p.summary());
      }
      s.append('\n');
      if (p.verdict() == Verdict.PASS || p.verdict() == Verdict.SKIPPED) {
        continue;
      }
      List<Finding> ordered = p.findings().stream()
          .sorted((a, b) -> Boolean.compare(b.lostPoints(), a.lostPoints())).toList();
      int shown = 0;
      for (Finding f : ordered) {
        if (shown++ == MAX_FINDINGS_PER_PHASE) {
          s.append("  ... ").append(ordered.size() - MAX_FINDINGS_PER_PHASE).append(" more findings\n");
          break;
        }
        s.append("  - ").append(f.lostPoints() ? "" : "(note) ").append(f.message());
        if (!f.where().isBlank()) {
          s.append(" [").append(f.where()).append(']');
        }
        s.append('\n');
        if (!f.detail().isBlank()) {
          f.detail().strip().lines().forEach(l -> s.append("      ").append(l).append('\n'));
        }
      }
    }
    return s.toString().strip();
  }
}
