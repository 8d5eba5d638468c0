package org.sysmobench.systems.rust.spin;

/** A driver run that cannot become an honest contract trace, or a driver that cannot be built or run. */
public final class RecordingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingFailedException(String message) {
    super(message);
  }

  public RecordingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
