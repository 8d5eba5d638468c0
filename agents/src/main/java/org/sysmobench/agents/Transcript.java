package org.sysmobench.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sysmobench.llm.ChatRequest;
import org.sysmobench.llm.Completion;

/**
 * Every exchange an author had with its model, in order: the record from which a run can be audited
 * and re-scored without calling the model again. Thread-safe for appends.
 */
public final class Transcript {
  /**
   * One prompt and its answer.
   *
   * @param step what the exchange was for, e.g. {@code write}, {@code translate:FastLeaderElection.lookForLeader},
   *     {@code repair:1}
   */
  public record Exchange(String step, ChatRequest request, Completion completion) {}

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

  public void add(String step, ChatRequest request, Completion completion) {
    exchanges.add(new Exchange(step, request, completion));
  }

  public List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }
}
