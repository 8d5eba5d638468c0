package org.sysmobench.systems.zookeeper.fle;

/** A trace could not be recorded (the child JVM failed, timed out, or left ports or threads behind). */
public final class RecordingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingFailedException(String message) {
    super(message);
  }

  public RecordingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
