package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;

/**
 * Every exchange an author had with its model, in order, plus the author's notes on what it decided
 * without the model (which source units it chose, what it stripped from an answer, what the critic
 * said): the record from which a run can be audited and re-scored without calling the model again.
 * Thread-safe for appends.
 */
public final class Transcript {
  /**
   * One prompt and its answer.
   *
   * @param step what the exchange was for, e.g. {@code write}, {@code translate:FastLeaderElection.lookForLeader},
   *     {@code repair:1}
   * @param promptVersion the id and version of the prompt template used, e.g. {@code basic-write/1}
   *     ("" when the request was not built from a template)
   */
  public record Exchange(String step, String promptVersion, ChatRequest request, Completion completion) {
    public Exchange {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(promptVersion, "promptVersion");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(completion, "completion");
    }

    public Exchange(String step, ChatRequest request, Completion completion) {
      this(step, "", request, completion);
    }
  }

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

  public void add(String step, ChatRequest request, Completion completion) {
    exchanges.add(new Exchange(step, request, completion));
  }

  public void add(String step, String promptVersion, ChatRequest request, Completion completion) {
    exchanges.add(new Exchange(step, promptVersion, request, completion));
  }

  /** Records a decision or observation of the author, in order with the others. */
  public void note(String note) {
    notes.add(Objects.requireNonNull(note, "note"));
  }

  public List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  public List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  /** The distinct prompt versions used, in first-use order. */
  public List<String> promptVersions() {
    return exchanges().stream().map(Exchange::promptVersion).filter(v -> !v.isEmpty()).distinct().toList();
  }
}
