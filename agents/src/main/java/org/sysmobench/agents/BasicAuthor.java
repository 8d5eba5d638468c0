package org.sysmobench.agents;

import java.util.Set;
import org.sysmobench.agents.prompt.Prompts;

/** The paper's Basic Modeling Agent: sources, brief and contract in, one call, one module out. */
final class BasicAuthor implements SpecAuthor {
  static final String ID = "basic";

  private final Prompts prompts;
  private final DraftReader reader = new DraftReader();

  BasicAuthor(Prompts prompts) {
    this.prompts = prompts;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<AuthorNeed> needs() {
    return Set.of(AuthorNeed.SOURCES);
  }

  @Override
  public Draft write(AuthoringRequest request) {
    Transcript transcript = new Transcript();
    return reader.ask(request, transcript, "write", prompts.basicWrite(request.task(), request.sources()));
  }
}
