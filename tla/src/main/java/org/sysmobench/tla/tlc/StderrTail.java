package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a worker's stderr (so the worker never blocks on a full pipe) and keeps its last bytes, to
 * explain a crash (e.g. "Terminating due to java.lang.OutOfMemoryError").
 */
final class StderrTail implements Runnable {
  private static final int KEEP = 16 * 1024;
  private final InputStream in;
  private final StringBuilder tail = new StringBuilder();

  StderrTail(InputStream in) {
    this.in = in;
  }

  @Override
  public void run() {
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        synchronized (tail) {
          tail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          if (tail.length() > 2 * KEEP) {
            tail.delete(0, tail.length() - KEEP);
          }
        }
      }
    } catch (IOException e) {
      // the worker is gone; what we have is what there is
    }
  }

  /** The retained tail, and clears it (each job sees only its own part). */
  String takeText() {
    synchronized (tail) {
      String s = tail.length() > KEEP ? tail.substring(tail.length() - KEEP) : tail.toString();
      tail.setLength(0);
      return s;
    }
  }
}
