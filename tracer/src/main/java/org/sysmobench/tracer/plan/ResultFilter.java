package org.sysmobench.tracer.plan;

/** Which results of a call site produce an event. */
public enum ResultFilter {
  /** Every call. */
  ANY,
  /** Only calls that returned a non-null value (e.g. a poll that received a message). */
  NON_NULL,
  /** Only calls that returned null (e.g. a poll that timed out). */
  NULL
}
