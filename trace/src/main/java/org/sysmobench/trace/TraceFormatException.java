package org.sysmobench.trace;

import java.nio.file.Path;

/** A trace file that does not follow the format; the message names the file and the 1-based line. */
public final class TraceFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;

  public TraceFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file with the problem. */
  public Path file() {
    return file;
  }

  /** The 1-based line with the problem. */
  public int line() {
    return line;
  }
}
