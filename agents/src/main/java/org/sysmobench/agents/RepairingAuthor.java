package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sysmobench.agents.prompt.Prompts;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Message;
import org.sysmobench.tasks.Task;

/**
 * Wraps any author with a generate-check-repair loop (the paper's Basic Modeling Agent with feedback).
 * After the wrapped author's draft, up to {@code rounds} times: the critic reviews the current draft;
 * if it is acceptable the loop stops, else the model gets the critic's diagnostics and the checked spec
 * in a continuation of the conversation that wrote it (same prefix, so provider prompt caching applies)
 * and answers with a full corrected module. A draft with no extractable module skips the critic: the
 * extraction problem is the feedback. The last draft is returned, whatever the critic thinks of it (the
 * runner scores it anyway). Every critique and round is in the transcript.
 */
final class RepairingAuthor implements SpecAuthor {
  /** Feedback beyond this is cut: a huge counterexample teaches nothing more and costs tokens. */
  static final int MAX_FEEDBACK_CHARS = 12_000;

  private final SpecAuthor inner;
  private final Prompts prompts;
  private final int rounds;
  private final Function<Task, SpecCritic> critics;
  private final DraftReader reader = new DraftReader();

  RepairingAuthor(SpecAuthor inner, Prompts prompts, int rounds, Function<Task, SpecCritic> critics) {
    this.inner = inner;
    this.prompts = prompts;
    this.rounds = rounds;
    this.critics = critics;
  }

  @Override
  public String id() {
    return "repair(" + inner.id() + ")";
  }

  /** What the wrapped author needs, and a critic to judge its drafts. */
  @Override
  public Set<AuthorNeed> needs() {
    Set<AuthorNeed> needs = EnumSet.of(AuthorNeed.CRITIC);
    needs.addAll(inner.needs());
    return Set.copyOf(needs);
  }

  @Override
  public Draft write(AuthoringRequest request) {
    Draft draft = inner.write(request);
    Transcript transcript = draft.transcript();
    SpecCritic critic = critics.apply(request.task());
    for (int round = 1; round <= rounds; round++) {
      String feedback;
      if (draft.specText().isEmpty()) {
        feedback = "No TLA+ module could be extracted from your answer: " + draft.extractionProblem();
        transcript.note("repair:" + round + ": no module to review; feedback is the extraction problem");
      } else {
        SpecCritic.Critique critique;
        try {
          critique = critic.review(draft.specText(), draft.cfgText());
        } catch (RuntimeException e) {
          transcript.note("repair:" + round + ": the critic failed (" + e + "); stopping with the current draft");
          return draft;
        }
        if (critique.acceptable()) {
          transcript.note("repair:" + round + ": the critic accepts the draft; no repair needed"
              + (critique.feedback().isBlank() ? "" : " (" + firstLine(critique.feedback()) + ")"));
          return draft;
        }
        feedback = cap(critique.feedback());
        transcript.note("repair:" + round + ": critic feedback:\n" + feedback);
      }
      draft = repair(request, transcript, draft, round, feedback);
    }
    transcript.note(rounds == 1 ? "repair: used its one round; returning the repaired draft"
        : "repair: used all " + rounds + " rounds; returning the last draft");
    return draft;
  }

  private Draft repair(AuthoringRequest request, Transcript transcript, Draft current, int round, String feedback) {
    List<Transcript.Exchange> exchanges = transcript.exchanges();
    Transcript.Exchange last = exchanges.get(exchanges.size() - 1);
    List<Message> messages = new ArrayList<>(last.request().messages());
    messages.add(Message.assistant(last.completion().text()));
    messages.add(Message.user(prompts.repair(request.task(), round, rounds, feedback, current.specText(),
        current.cfgText())));
    String version = prompts.repairVersion() + (last.promptVersion().isEmpty() ? "" : "+" + last.promptVersion());
    Draft repaired = reader.ask(request, transcript, "repair:" + round, version,
        new ChatRequest(messages, request.sample()));
    if (repaired.specText().isEmpty() && !current.specText().isEmpty()) {
      transcript.note("repair:" + round + ": the repair answer held no module; keeping the previous draft");
      return new Draft(current.specText(), current.cfgText(), current.cfgFromTask(), "", transcript);
    }
    return repaired;
  }

  private static String cap(String feedback) {
    String f = feedback.strip();
    return f.length() <= MAX_FEEDBACK_CHARS ? f
        : f.substring(0, MAX_FEEDBACK_CHARS) + "\n... (" + (f.length() - MAX_FEEDBACK_CHARS) + " more characters cut)";
  }

  private static String firstLine(String s) {
    return s.strip().lines().findFirst().orElse("");
  }
}
