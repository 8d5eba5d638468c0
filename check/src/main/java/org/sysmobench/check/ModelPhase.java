package org.sysmobench.check;

import org.sysmobench.check.job.JobResults;
import org.sysmobench.model.result.Phase;

/**
 * A phase that model checks the spec: it plans the TLC jobs it needs and judges their results, in
 * steps (a judgement may call for more jobs: a trace to replay alone after a joint run could not tell
 * the traces apart, another round of safety templates after a violation). It never runs a job and
 * never throws for anything the spec did: a broken spec is a result, not an exception.
 */
public interface ModelPhase {
  Phase phase();

  /** The jobs still needed, or the result, given the evaluation's inputs and the job results so far. */
  PhaseStep step(EvalInputs in, JobResults done);
}
