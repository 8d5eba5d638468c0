package org.sysmobench.runs;

import java.util.List;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Transcript;
import org.sysmobench.agents.TranscriptJson;
import org.sysmobench.agents.properties.PropertyAuthor;
import org.sysmobench.agents.properties.PropertyDraft;
import org.sysmobench.check.discovery.DiscoveryOptions;
import org.sysmobench.model.result.DiscoveryResult;
import org.sysmobench.model.result.DiscoveryResultJson;
import org.sysmobench.check.discovery.DiscoveryScorer;
import org.sysmobench.model.RunId;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.RunStore;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.Task;

/**
 * One invariants-track cell after its author is chosen: the agent proposes a property sheet (every LLM
 * call stored as it returns), the sheet is stored (artifact {@value #SHEET}), scored by the {@link
 * DiscoveryScorer} on the hidden mutants and the scoring traces, and the result stored (artifact {@code
 * discovery:1}, schema {@code sysmobench-discovery}). Blame as for spec cells: an answer without a sheet
 * or a truncated one is the model's (scored, as proposing nothing); a scorer failure is the grader's
 * (scored once more, then left not scored).
 */
final class PropertyCell {
  /** The artifact holding the proposed sheet, as extracted. */
  static final String SHEET = "properties";
  /** The artifact role of the result under scoring version {@code v}. */
  static String resultRole(int version) {
    return "discovery:" + version;
  }

  private final RunStore store;
  private final RunId run;
  private final DiscoveryScorer scorer;
  private final DiscoveryOptions options;
  private final long seed;

  PropertyCell(RunStore store, RunId run, DiscoveryScorer scorer, DiscoveryOptions options, long seed) {
    this.store = store;
    this.run = run;
    this.scorer = scorer;
    this.options = options;
    this.seed = seed;
  }

  CellOutcome.Proposed execute(CellKey key, Task task, PropertyAuthor author, RecordingClient model,
      List<SourceFile> sources) {
    PropertyDraft draft = author.write(new AuthoringRequest(task, model, sources, List.of(), key.epoch(), seed));
    List<Transcript.Exchange> exchanges = draft.transcript().exchanges();
    boolean truncated = exchanges.stream().anyMatch(x -> x.completion().truncated());
    store.attachText(run, key, "transcript", new TranscriptJson().toPrettyString(new TranscriptJson.Header(
        key.agent(), key.model().value(), key.task().value(), key.epoch(), seed), draft));
    store.attachText(run, key, SHEET, draft.sheet());
    DiscoveryResult result = score(scorer, task, draft.sheet(), options);
    if (!result.scored()) {
      result = score(scorer, task, draft.sheet(), options);
    }
    FailureClass failure;
    String message;
    if (!draft.extractionProblem().isEmpty() || truncated) {
      failure = FailureClass.MODEL;
      message = draft.extractionProblem().isEmpty() ? "the answer was truncated" : draft.extractionProblem();
    } else if (!result.scored()) {
      failure = FailureClass.GRADER;
      message = "grader failed: " + String.join("; ", result.notes());
    } else {
      failure = FailureClass.NONE;
      message = "";
    }
    store.completeCell(run, key, failure, message, resultRole(1), DiscoveryResultJson.write(result));
    return new CellOutcome.Proposed(key, result, failure, message);
  }

  static DiscoveryResult score(DiscoveryScorer scorer, Task task, String sheet, DiscoveryOptions options) {
    return scorer.score(task, sheet, options);
  }

}
