package org.sysmobench.agents;

import org.sysmobench.agents.answer.AnswerExtractor;
import org.sysmobench.agents.answer.ExtractedAnswer;
import org.sysmobench.agents.prompt.Prompt;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;
import org.sysmobench.tasks.Task;

/** Sends a module-writing request, records the exchange, and turns the answer into a draft. */
final class DraftReader {
  private final AnswerExtractor extractor = new AnswerExtractor();

  /** Asks for a whole module with a filled prompt. */
  Draft ask(AuthoringRequest request, Transcript transcript, String step, Prompt prompt) {
    return ask(request, transcript, step, prompt.version(), prompt.toRequest(request.sample()));
  }

  Draft ask(AuthoringRequest request, Transcript transcript, String step, String version, ChatRequest chat) {
    Completion c = request.model().complete(chat);
    transcript.add(step, version, chat, c);
    return read(c, request.task(), transcript, step);
  }

  Draft read(Completion c, Task task, Transcript transcript, String step) {
    ExtractedAnswer a = extractor.extract(c, task);
    a.notes().forEach(n -> transcript.note(step + ": " + n));
    if (!a.problem().isEmpty()) {
      transcript.note(step + ": no module extracted: " + a.problem());
    }
    return new Draft(a.specText(), a.cfgText(), a.cfgFromTask(), a.problem(), transcript);
  }
}
