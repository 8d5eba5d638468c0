package org.sysmobench.systems.zookeeper.fle.contract;

import java.nio.file.Path;

/** A raw trace that cannot be explained in the contract vocabulary: names the file, line and raw event. */
public final class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConversionException(Path file, int line, long seq, String problem) {
    super(file + ":" + line + " (seq " + seq + "): " + problem);
  }
}
