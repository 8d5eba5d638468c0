package org.sysmobench.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.sysmobench.model.RunId;

/**
 * The lock a process holds on a run while it writes the run's cells: one writer per run, so a second
 * {@code run --resume} of a live run cannot score every cell again and pay every LLM call twice.
 *
 * <h2>Design note: the lock files</h2>
 * <pre>
 * runs/&lt;run&gt;/writer.lock   an exclusive OS file lock held by the writer (never deleted: a process
 *                          waiting on the old file and one creating a new one would both "hold" it)
 * runs/&lt;run&gt;/writer.json   who holds it ({@link Holder}), written after locking, deleted on release
 * </pre>
 * The operating system releases the lock when its holder dies, however it dies (kill -9 included), so
 * a crashed run is resumable at once and a left-over {@code writer.json} means nothing by itself.
 * Within one JVM the lock file is never opened twice: closing any descriptor of a file releases the
 * POSIX locks the process holds on it, so the holder file is consulted first and a holder that is this
 * very process (same pid, host and process start) refuses without touching the lock.
 */
public final class RunLock implements AutoCloseable {
  static final String LOCK_FILE = "writer.lock";
  static final String HOLDER_FILE = "writer.json";

  /** Who writes a run. */
  public record Holder(long pid, String host, String processStart, String since) {
    String describe() {
      return "pid " + pid + " on host " + host + " (writing since " + since + ")";
    }

    boolean isThisProcess() {
      Holder me = current("");
      return pid == me.pid && host.equals(me.host) && processStart.equals(me.processStart);
    }

    static Holder current(String since) {
      ProcessHandle self = ProcessHandle.current();
      return new Holder(self.pid(), hostName(),
          self.info().startInstant().map(Object::toString).orElse(""), since);
    }
  }

  private final Path folder;
  private final FileChannel channel;

  private RunLock(Path folder, FileChannel channel) {
    this.folder = folder;
    this.channel = channel;
  }

  /**
   * Takes the run's lock, or refuses naming the process that holds it.
   *
   * @param runFolder the run's folder (created if needed)
   * @param now the time to record as the start of writing
   * @throws RunLockedException if another live process (or this one) writes the run
   */
  static RunLock acquire(Path runFolder, RunId run, String now) {
    Optional<Holder> recorded = readHolder(runFolder);
    if (recorded.isPresent() && recorded.get().isThisProcess()) {
      throw new RunLockedException(run, recorded.get(), "this process");
    }
    FileChannel ch = null;
    try {
      Files.createDirectories(runFolder);
      ch = FileChannel.open(runFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (ch.tryLock() == null) {
        ch.close();
        Holder holder = readHolder(runFolder).orElse(new Holder(-1, "an unknown host", "", "an unknown time"));
        throw new RunLockedException(run, holder, "another process");
      }
      AtomicFiles.write(runFolder.resolve(HOLDER_FILE), StoreJson.write(Holder.current(now))
          .getBytes(StandardCharsets.UTF_8));
      return new RunLock(runFolder, ch);
    } catch (IOException | OverlappingFileLockException e) {
      closeQuietly(ch);
      throw new StoreException("cannot lock run " + run + " in " + runFolder + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  /** Releases the lock: the holder file first, so no reader sees a holder that no longer holds it. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(folder.resolve(HOLDER_FILE));
    } catch (IOException e) {
      // a stale holder file is harmless: the lock, not the file, decides
    }
    closeQuietly(channel);
  }

  private static Optional<Holder> readHolder(Path runFolder) {
    Path f = runFolder.resolve(HOLDER_FILE);
    try {
      return Files.isRegularFile(f) ? Optional.of(StoreJson.read(Files.readString(f, StandardCharsets.UTF_8),
          Holder.class, "run lock holder")) : Optional.empty();
    } catch (IOException | StoreException e) {
      return Optional.empty();
    }
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return env == null || env.isBlank() ? "unknown" : env;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // closing releases the lock either way
      }
    }
  }
}
