package org.sysmobench.tla.tlc;

import java.util.Map;

/** How a job ended on a worker JVM, as the host saw it. */
sealed interface WorkerReply {

  /** The worker answered with the driver's result map. */
  record Finished(Map<String, Object> result) implements WorkerReply {}

  /** The hard wall-time limit passed; the worker was killed. {@code progress} is its last snapshot. */
  record TimedOut(Map<String, Long> progress) implements WorkerReply {}

  /** The worker JVM ended mid-job (crash, {@code System.exit} in TLC, out of memory). */
  record Died(int exitCode, String log, Map<String, Long> progress) implements WorkerReply {}

  /** The pool was closed while the job ran; the worker was killed. */
  record Cancelled() implements WorkerReply {}
}
