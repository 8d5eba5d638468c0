package org.sysmobench.agents;

/**
 * What an author works from beyond the task's brief and the model: the caller provides exactly these
 * (materializing sources costs a download; a critic costs an evaluation engine), and nothing else.
 */
public enum AuthorNeed {
  /** The task's verified source code ({@link AuthoringRequest#sources()}). */
  SOURCES,
  /** The task's learning traces, never the scoring ones ({@link AuthoringRequest#traces()}). */
  LEARNING_TRACES,
  /** A {@link SpecCritic} for the task, which judges drafts (see {@link AuthorOptions#critics()}). */
  CRITIC
}
