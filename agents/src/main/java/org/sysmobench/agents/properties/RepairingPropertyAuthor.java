package org.sysmobench.agents.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sysmobench.agents.AuthoringRequest;
import org.sysmobench.agents.SpecCritic;
import org.sysmobench.agents.Transcript;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Message;
import org.sysmobench.tasks.Task;

/**
 * Wraps a property author with a check-and-repair loop: up to {@code rounds} times the critic reviews the
 * current sheet (on learning data only); if it accepts, the loop stops, else the model gets the critic's
 * report and the checked sheet in a continuation of the conversation that wrote it (the same prefix, so
 * provider prompt caching applies) and answers with a complete sheet. The last sheet is returned whatever
 * the critic thinks of it. Every critique and round is in the transcript.
 */
final class RepairingPropertyAuthor implements PropertyAuthor {
  static final int MAX_FEEDBACK_CHARS = 12_000;

  private final PropertyAuthor inner;
  private final PropertyPrompts prompts;
  private final int rounds;
  private final Function<Task, PropertyCritic> critics;
  private final SheetExtractor extractor = new SheetExtractor();

  RepairingPropertyAuthor(PropertyAuthor inner, PropertyPrompts prompts, int rounds,
      Function<Task, PropertyCritic> critics) {
    this.inner = inner;
    this.prompts = prompts;
    this.rounds = rounds;
    this.critics = critics;
  }

  @Override
  public String id() {
    return "repair(" + inner.id() + ")";
  }

  @Override
  public PropertyDraft write(AuthoringRequest request) {
    PropertyDraft draft = inner.write(request);
    Transcript transcript = draft.transcript();
    PropertyCritic critic = critics.apply(request.task());
    for (int round = 1; round <= rounds; round++) {
      String feedback;
      if (draft.sheet().isEmpty()) {
        feedback = "No property sheet could be extracted from your answer: " + draft.extractionProblem();
        transcript.note("repair:" + round + ": no sheet to review; feedback is the extraction problem");
      } else {
        SpecCritic.Critique critique;
        try {
          critique = critic.review(draft.sheet());
        } catch (RuntimeException e) {
          transcript.note("repair:" + round + ": the critic failed (" + e + "); stopping with the current sheet");
          return draft;
        }
        if (critique.acceptable()) {
          transcript.note("repair:" + round + ": the critic accepts the sheet; no repair needed");
          return draft;
        }
        feedback = cap(critique.feedback());
        transcript.note("repair:" + round + ": critic feedback:\n" + feedback);
      }
      draft = repair(request, transcript, draft, round, feedback);
    }
    transcript.note(rounds == 1 ? "repair: used its one round; returning the repaired sheet"
        : "repair: used all " + rounds + " rounds; returning the last sheet");
    return draft;
  }

  private PropertyDraft repair(AuthoringRequest request, Transcript transcript, PropertyDraft current, int round,
      String feedback) {
    List<Transcript.Exchange> exchanges = transcript.exchanges();
    Transcript.Exchange last = exchanges.get(exchanges.size() - 1);
    List<Message> messages = new ArrayList<>(last.request().messages());
    messages.add(Message.assistant(last.completion().text()));
    messages.add(Message.user(prompts.repair(round, rounds, feedback, current.sheet())));
    String version = prompts.repairVersion() + (last.promptVersion().isEmpty() ? "" : "+" + last.promptVersion());
    PropertyDraft repaired = BasicPropertyAuthor.ask(request, transcript, "repair:" + round, version,
        new ChatRequest(messages, request.sample()), extractor);
    if (repaired.sheet().isEmpty() && !current.sheet().isEmpty()) {
      transcript.note("repair:" + round + ": the repair answer held no sheet; keeping the previous one");
      return new PropertyDraft(current.sheet(), "", transcript);
    }
    return repaired;
  }

  private static String cap(String feedback) {
    String f = feedback.strip();
    return f.length() <= MAX_FEEDBACK_CHARS ? f
        : f.substring(0, MAX_FEEDBACK_CHARS) + "\n... (" + (f.length() - MAX_FEEDBACK_CHARS) + " more characters cut)";
  }
}
