package org.sysmobench.agents;

import java.util.Set;

/**
 * A generation strategy (the paper's "agent"): writes a spec for a task with a model.
 *
 * <p>Implementations are stateless and thread-safe; one author serves many cells concurrently.
 */
public interface SpecAuthor {

  /** A stable id used in run plans and results, e.g. {@code basic} or {@code repair(basic)}. */
  String id();

  /**
   * What the author works from beyond the task and the model; the caller provides these and need not
   * provide anything else (a request's other inputs may be empty).
   */
  Set<AuthorNeed> needs();

  /**
   * Writes a spec. Never returns an empty or unparsed answer silently: when the model's output holds no
   * module, the draft says so ({@link Draft#extractionProblem()}), so the spec can score 0 with the
   * reason. LLM failures propagate as {@link org.sysmobench.llm.LlmException}s for the caller to classify.
   */
  Draft write(AuthoringRequest request);
}
