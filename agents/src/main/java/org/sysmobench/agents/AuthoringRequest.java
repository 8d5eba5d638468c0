package org.sysmobench.agents;

import java.nio.file.Path;
import java.util.List;
import org.sysmobench.llm.LlmClient;
import org.sysmobench.tasks.SourceFile;
import org.sysmobench.tasks.Task;

/**
 * What an author works from.
 *
 * @param task the task package (brief, contract, constants)
 * @param model the model to write with
 * @param sources the task's verified source files (authors that need no code ignore them)
 * @param traces recorded trace files of the task (for trace-learning authors; may be empty)
 * @param sample the sample index (epoch) of this cell: part of every cache key, so epochs differ
 * @param seed seed for every random choice the author makes (e.g. which traces to show)
 */
public record AuthoringRequest(Task task, LlmClient model, List<SourceFile> sources, List<Path> traces, int sample,
    long seed) {
  public AuthoringRequest {
    sources = List.copyOf(sources);
    traces = List.copyOf(traces);
  }
}
