package org.sysmobench.check.job;

/**
 * A phase asked a stored evaluation for a job it does not hold, or holds as planned differently (stored
 * by a version that planned other jobs).
 */
public final class MissingJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingJobException(String id) {
    super("the stored evaluation holds no result for job '" + id + "' as planned now (it was evaluated by a "
        + "version that planned other jobs): evaluate it again with TLC");
  }
}
