package org.sysmobench.agents;

import java.util.Set;
import org.sysmobench.agents.prompt.Prompts;
import org.sysmobench.agents.prompt.TraceDigest;

/**
 * The paper's Trace Learning Agent: recorded executions (a seeded sample), brief and contract in, no
 * source code at all; one call, one module out.
 */
final class TraceLearningAuthor implements SpecAuthor {
  static final String ID = "trace-learning";

  private final Prompts prompts;
  private final TraceDigest.Limits limits;
  private final DraftReader reader = new DraftReader();

  TraceLearningAuthor(Prompts prompts, TraceDigest.Limits limits) {
    this.prompts = prompts;
    this.limits = limits;
  }

  @Override
  public String id() {
    return ID;
  }

  /** Trace learning never sees code (and needs no network for it): only the learning traces. */
  @Override
  public Set<AuthorNeed> needs() {
    return Set.of(AuthorNeed.LEARNING_TRACES);
  }

  @Override
  public Draft write(AuthoringRequest request) {
    Transcript transcript = new Transcript();
    TraceDigest digest = TraceDigest.of(request.traces(), limits, request.seed());
    transcript.note("traces shown: " + (digest.shown().isEmpty() ? "none" : String.join(", ", digest.shown())));
    digest.notes().forEach(n -> transcript.note("traces: " + n));
    return reader.ask(request, transcript, "write", prompts.traceWrite(request.task(), digest.text()));
  }
}
