package org.sysmobench.systems.jdk.reentrantlock;

/** A trace could not be recorded cleanly (child failed or timed out, tracer problems, unexplainable order). */
public final class RecordingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingFailedException(String message) {
    super(message);
  }
}
