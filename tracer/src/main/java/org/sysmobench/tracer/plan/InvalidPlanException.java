package org.sysmobench.tracer.plan;

/** An instrumentation file that cannot be used; the message names the file and the entry. */
public final class InvalidPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPlanException(String message) {
    super(message);
  }

  public InvalidPlanException(String message, Throwable cause) {
    super(message, cause);
  }
}
