package org.sysmobench.cli;

/**
 * A bad command line found by our own checks (a value out of range, an output path that cannot be
 * written, an input that does not exist): reported as one line, exit code {@link ExitCodes#USAGE}.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
