package org.sysmobench.runs;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.agents.SpecCritic;
import org.sysmobench.agents.properties.PropertyCritic;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.result.PropertyStatus;
import org.sysmobench.tasks.Task;

/**
 * The invariants track's repair critic (shared by the runner and {@code sysmobench generate}): the
 * scorer's learning checks only ({@link DiscoveryScorer#learningChecks}): whether each property is well
 * formed, holds on the task's reference model and on its learning traces, and is not trivial. Never the
 * hidden mutants, the scoring traces or the expert templates: those decide the score, so showing them
 * would teach to the test. A sheet is acceptable when it proposes something and every property passes.
 */
public final class DiscoveryCritic implements PropertyCritic {
  private final DiscoveryScorer scorer;
  private final Task task;
  private final DiscoveryOptions options;

  public DiscoveryCritic(DiscoveryScorer scorer, Task task, DiscoveryOptions options) {
    this.scorer = scorer;
    this.task = task;
    this.options = options;
  }

  @Override
  public SpecCritic.Critique review(String sheet) {
    DiscoveryResult r = scorer.learningChecks(task, sheet, options);
    if (!r.scored()) {
      throw new IllegalStateException("the learning checks failed: " + String.join("; ", r.notes()));
    }
    boolean acceptable = !r.properties().isEmpty()
        && r.properties().stream().allMatch(p -> p.status() == PropertyStatus.ACCEPTED);
    return new SpecCritic.Critique(acceptable, feedback(r));
  }

  /** One line per property (what passed and why the others did not), then the checker's notes. */
  public static String feedback(DiscoveryResult r) {
    List<String> lines = new ArrayList<>();
    if (r.properties().isEmpty()) {
      lines.add("no property was found in the sheet (a property is a definition right after a line"
          + " '\\* property <kind>: <meaning>')");
    }
    for (DiscoveryResult.PropertyResult p : r.properties()) {
      String verdict = switch (p.status()) {
        case ACCEPTED -> "ok";
        case ILL_FORMED -> "ill-formed";
        case UNSOUND -> "false";
        case TRIVIAL -> "says nothing";
        case OVER_LIMIT -> "not read";
        default -> "undecided";
      };
      lines.add("- " + p.name() + (p.kind().isEmpty() ? "" : " (" + p.kind() + ")") + ": " + verdict + ": "
          + p.reason());
    }
    r.notes().forEach(n -> lines.add("note: " + n));
    return String.join("\n", lines);
  }
}
