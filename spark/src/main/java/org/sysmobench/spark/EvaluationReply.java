package org.sysmobench.spark;

import java.io.Serializable;

/**
 * An evaluation as it comes back to the driver: the result and the job results it was judged from, in the
 * JSON the store keeps ({@code sysmobench-eval} and {@code sysmobench.eval-jobs}), so nothing of the
 * executor's classes or paths crosses back; and which executor ran it, for the logs.
 */
record EvaluationReply(String resultJson, String jobsJson, String executor) implements Serializable {
  private static final long serialVersionUID = 1L;
}
