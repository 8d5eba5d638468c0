package org.sysmobench.tasks;

/**
 * A task's sources cannot be had here (no network to the origin, a tool missing) or are not what the
 * task pins (hash mismatch). The message says which file, what was expected and what to do.
 */
public final class SourceUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SourceUnavailableException(String message) {
    super(message);
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
