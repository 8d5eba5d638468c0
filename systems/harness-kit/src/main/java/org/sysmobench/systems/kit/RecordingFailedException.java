package org.sysmobench.systems.kit;

/**
 * A trace could not be recorded cleanly: the system's process failed, timed out or left something behind,
 * the tracer reported problems, or the recorded events cannot be explained honestly.
 */
public final class RecordingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingFailedException(String message) {
    super(message);
  }

  public RecordingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
