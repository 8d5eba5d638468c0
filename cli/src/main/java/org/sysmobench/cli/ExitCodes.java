package org.sysmobench.cli;

/** Exit codes shared by the commands; a verdict's code says what happened without parsing output. */
final class ExitCodes {
  static final int OK = 0;
  static final int USAGE = 2;
  /** The spec (or the task's reference/mutants) did not meet the bar asked for. */
  static final int FAIL = 10;
  static final int INCOMPLETE = 20;
  /** Our fault or the environment's (tools missing, worker crash, sources unreachable). */
  static final int HARNESS_ERROR = 30;

  private ExitCodes() {}
}
