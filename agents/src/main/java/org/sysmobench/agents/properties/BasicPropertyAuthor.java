package org.sysmobench.agents.properties;

import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.Transcript;
import org.sysmobench.agents.prompt.Prompt;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;

/** Sources, brief and contract in, one call, one property sheet out. */
final class BasicPropertyAuthor implements PropertyAuthor {
  static final String ID = "basic";

  private final PropertyPrompts prompts;
  private final SheetExtractor extractor = new SheetExtractor();

  BasicPropertyAuthor(PropertyPrompts prompts) {
    this.prompts = prompts;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PropertyDraft write(AuthoringRequest request) {
    Prompt p = prompts.write(request.task(), request.sources());
    return ask(request, new Transcript(), "properties", p.version(), p.toRequest(request.sample()), extractor);
  }

  /** Sends a request, records the exchange and extracts the sheet. */
  static PropertyDraft ask(AuthoringRequest request, Transcript transcript, String step, String version,
      ChatRequest chat, SheetExtractor extractor) {
    Completion c = request.model().complete(chat);
    transcript.add(step, version, chat, c);
    SheetExtractor.Extracted e = extractor.extract(c);
    if (!e.problem().isEmpty()) {
      transcript.note(step + ": no property sheet extracted: " + e.problem());
    }
    return new PropertyDraft(e.sheet(), e.problem(), transcript);
  }
}
