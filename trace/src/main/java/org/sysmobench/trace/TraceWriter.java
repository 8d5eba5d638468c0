package org.sysmobench.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Appends events to one trace file; safe to call from any number of threads.
 *
 * <p>The global {@code seq} is assigned and the line written under one lock, so the file order is
 * exactly the order in which callers reached {@link #append}. The line body is serialized before taking
 * the lock to keep the critical section short: a traced system's threads all funnel through it.
 *
 * <p>Output is buffered; it is flushed by {@link #flush()}, {@link #close()}, and, if
 * {@link #closeOnShutdown()} was called, by a JVM shutdown hook (a traced system is often stopped by
 * its own shutdown path, not by ours). A process killed with SIGKILL loses the buffer's tail; the
 * reader then reports a truncated last line rather than silently accepting a partial event.
 */
public final class TraceWriter implements AutoCloseable {
  private final Path file;
  private final Writer out;
  private final Object lock = new Object();
  private long seq;
  private boolean closed;
  private Thread shutdownHook;

  private TraceWriter(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** Creates (or truncates) {@code file}, creating parent folders, and writes the header line. */
  public static TraceWriter create(Path file, TraceHeader header) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    w.write(header.toJsonLine());
    w.write('\n');
    return new TraceWriter(file, w);
  }

  /** The file being written. */
  public Path file() {
    return file;
  }

  /**
   * Appends one event and returns its sequence number.
   *
   * @throws IllegalArgumentException if a field name is reserved or a value is not a trace value
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if writing fails
   */
  public long append(String node, String event, Optional<String> thread, Map<String, Object> fields) {
    if (event.isEmpty()) {
      throw new IllegalArgumentException("event name must not be empty");
    }
    StringBuilder body = new StringBuilder(96);
    TraceEvent.appendBody(node, event, thread, fields, body);
    body.append('\n');
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("trace writer for " + file + " is closed");
      }
      long n = ++seq;
      try {
        out.write("{\"seq\":");
        out.write(Long.toString(n));
        out.write(',');
        out.append(body);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write trace " + file, e);
      }
      return n;
    }
  }

  /** Number of events appended so far. */
  public long count() {
    synchronized (lock) {
      return seq;
    }
  }

  /** Forces buffered events to the file. */
  public void flush() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot flush trace " + file, e);
      }
    }
  }

  /** Registers a shutdown hook that closes this writer; {@link #close()} unregisters it. */
  public TraceWriter closeOnShutdown() {
    synchronized (lock) {
      if (!closed && shutdownHook == null) {
        shutdownHook = new Thread(this::closeQuietly, "trace-writer-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
      }
    }
    return this;
  }

  /** Flushes and closes; idempotent. Later {@link #append} calls fail. */
  @Override
  public void close() {
    Thread hook;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      hook = shutdownHook;
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close trace " + file, e);
      }
    }
    if (hook != null && Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The hook is running or about to; it will find the writer closed.
      }
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RuntimeException e) {
      System.err.println("sysmobench-trace: " + e.getMessage());
    }
  }
}
