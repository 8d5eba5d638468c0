package org.sysmobench.tla.bridge.tlc;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what TLC prints, bounded: keeps the first {@code headLimit} bytes and a rolling window of
 * the last {@code tailLimit} bytes. Why both ends: the verdict, the counterexample and the final
 * statistics are printed last, while a spec that calls {@code Print} in its next-state relation can
 * print gigabytes in between.
 */
final class CappedOutput extends OutputStream {
  private final int headLimit;
  private final int tailLimit;
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final byte[] tail;
  private long tailWritten;
  private long dropped;

  CappedOutput(int headLimit, int tailLimit) {
    this.headLimit = headLimit;
    this.tailLimit = tailLimit;
    this.tail = new byte[tailLimit];
  }

  @Override
  public synchronized void write(int b) {
    if (head.size() < headLimit) {
      head.write(b);
      return;
    }
    if (tailWritten >= tailLimit) {
      dropped++;
    }
    tail[(int) (tailWritten % tailLimit)] = (byte) b;
    tailWritten++;
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int toHead = Math.max(0, Math.min(len, headLimit - head.size()));
    head.write(b, off, toHead);
    for (int i = toHead; i < len; i++) {
      write(b[off + i]);
    }
  }

  /** Whether bytes were dropped (the text then has a gap, marked for people but not to be parsed). */
  synchronized boolean truncated() {
    return dropped > 0;
  }

  /** The captured text; if bytes were dropped, a marker line says how many. */
  synchronized String text() {
    StringBuilder sb = new StringBuilder(head.toString(StandardCharsets.UTF_8));
    if (tailWritten > 0) {
      int n = (int) Math.min(tailWritten, tailLimit);
      byte[] ordered = new byte[n];
      int start = (int) (tailWritten > tailLimit ? tailWritten % tailLimit : 0);
      for (int i = 0; i < n; i++) {
        ordered[i] = tail[(start + i) % tailLimit];
      }
      if (dropped > 0) {
        sb.append("\n[sysmobench: ").append(dropped).append(" bytes of TLC output dropped]\n");
      }
      sb.append(new String(ordered, StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
