package org.sysmobench.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sysmobench.check.job.JobRequest;
import org.sysmobench.model.result.PhaseResult;

/**
 * What a phase says after looking at the job results so far: the jobs it still needs, or its result.
 * Pure: the same inputs and results give the same step, so a stored evaluation can be judged again.
 */
public sealed interface PhaseStep {
  /**
   * The phase needs these jobs before it can judge (another phase may have asked for some of them
   * already: they run once). Listed once per id, in the order asked.
   */
  record Needs(List<JobRequest> jobs) implements PhaseStep {
    public Needs {
      if (jobs.isEmpty()) {
        throw new IllegalArgumentException("a phase that needs nothing has judged");
      }
      Map<String, JobRequest> byId = new LinkedHashMap<>();
      jobs.forEach(j -> byId.putIfAbsent(j.id(), j));
      jobs = List.copyOf(byId.values());
    }
  }

  /** The phase has judged. */
  record Judged(PhaseResult result) implements PhaseStep {}

  static PhaseStep needs(List<JobRequest> jobs) {
    return new Needs(jobs);
  }

  static PhaseStep judged(PhaseResult result) {
    return new Judged(result);
  }
}
