package org.sysmobench.tla.tlc;

/**
 * One framed message of TLC's {@code -tool} output.
 *
 * @param code TLC's message code ({@code tlc2.output.EC}), e.g. 2110 invariant violated
 * @param severity TLC's message class: 0 none, 1 error, 2 TLC bug, 3 warning, 4 state
 * @param body the message text without the framing lines
 */
public record ToolMessage(int code, int severity, String body) {
  public static final int SEVERITY_ERROR = 1;
  public static final int SEVERITY_BUG = 2;
  public static final int SEVERITY_STATE = 4;

  public boolean isError() {
    return severity == SEVERITY_ERROR || severity == SEVERITY_BUG;
  }
}
