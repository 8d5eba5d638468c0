package org.sysmobench.agents.properties;

import org.sysmobench.agents.AuthoringRequest;

/**
 * An invariants-track agent: proposes a task's correctness properties with a model. Stateless and
 * thread-safe. LLM failures propagate as {@link org.sysmobench.llm.LlmException}s; an answer without a
 * sheet is a draft that says why ({@link PropertyDraft#extractionProblem()}), scored as proposing nothing.
 */
public interface PropertyAuthor {

  /** A stable id, e.g. {@code basic} or {@code repair(basic)}. */
  String id();

  PropertyDraft write(AuthoringRequest request);
}
