package org.sysmobench.tla.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A temp folder owned by this process, that can be told apart from the same kind of folder left behind
 * by a process that died (kill -9, out-of-memory killer, power cut).
 *
 * <h2>Design note: naming and ownership</h2>
 * A folder is {@code <prefix>-p<pid>-<random>} and holds {@value #LOCK_FILE}, on which the owner keeps
 * an exclusive file lock while it lives; the operating system drops that lock when the owner dies,
 * however it dies. {@link #create} first removes the folders of the same family ({@code sysmobench*})
 * whose owner is gone: its pid no longer runs, or (pid reused) its lock can be taken. Folders named with
 * this process's own pid are never opened here, because closing any descriptor of a file drops the
 * POSIX locks this process holds on it (a second look at our own lock file would release it).
 *
 * <p>Closing deletes the folder. The owner also deletes it on the other ways out: shutdown hooks
 * (SIGTERM, Ctrl-C) and, for the TLC pool, its worker JVMs once they see their parent gone.
 */
public final class ScratchFolder implements AutoCloseable {
  /** The lock file the owner holds in its folder. */
  public static final String LOCK_FILE = ".owner.lock";
  /** The prefix all of this project's scratch folders share. */
  static final String FAMILY = "sysmobench";
  private static final Pattern NAME = Pattern.compile("(.+)-p(\\d+)-\\d+");

  private final Path path;
  private final FileChannel lockChannel;
  /** Deletes the folder when the JVM exits without closing it (SIGTERM, Ctrl-C, System.exit). */
  private final Thread shutdownHook;

  private ScratchFolder(Path path, FileChannel lockChannel) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.shutdownHook = new Thread(() -> deleteTree(path), "scratch-folder-cleanup");
  }

  /**
   * Removes the stale folders of this prefix under {@code parent}, then creates and locks a new one,
   * deleted when this JVM exits without closing it (SIGTERM, Ctrl-C, System.exit).
   *
   * @throws UncheckedIOException naming the parent folder and the cause, when it cannot be created
   */
  public static ScratchFolder create(Path parent, String prefix) {
    ScratchFolder f = createUnhooked(parent, prefix);
    Runtime.getRuntime().addShutdownHook(f.shutdownHook);
    return f;
  }

  /**
   * As {@link #create}, without the shutdown hook: for an owner whose own hook must first stop the
   * processes writing into the folder, then {@link #close} it.
   */
  public static ScratchFolder createUnhooked(Path parent, String prefix) {
    Path dir = parent.toAbsolutePath().normalize();
    // Every kind of our folders, not only this one: a user who only runs `check` still gets rid of
    // the evaluation folders a killed `eval` left.
    removeStale(dir, prefix.startsWith(FAMILY) ? FAMILY : prefix);
    Path folder = null;
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      folder = Files.createTempDirectory(dir, prefix + "-p" + ProcessHandle.current().pid() + "-");
      // The lock file is locked under a name no other process probes, then renamed (the lock stays with
      // the file): another process's clean-up never sees it unlocked, so it neither takes our folder for
      // an abandoned one nor holds the lock at the moment we take it.
      Path unnamed = folder.resolve(LOCK_FILE + ".new");
      channel = FileChannel.open(unnamed, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        throw new IOException("cannot lock " + unnamed);
      }
      Files.move(unnamed, folder.resolve(LOCK_FILE), StandardCopyOption.ATOMIC_MOVE);
      return new ScratchFolder(folder, channel);
    } catch (IOException e) {
      closeQuietly(channel);
      if (folder != null) {
        deleteTree(folder);
      }
      throw new UncheckedIOException("cannot create a temp folder in " + dir + ": " + describe(e), e);
    }
  }

  public Path path() {
    return path;
  }

  /** Deletes the folder and releases its lock (idempotent). */
  @Override
  public void close() {
    deleteTree(path);
    closeQuietly(lockChannel);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the JVM is shutting down: the hook runs or ran
    }
  }

  /**
   * Deletes the folders under {@code parent} whose name starts with {@code prefix} and whose owner is
   * gone; returns how many.
   * Never fails: a folder that cannot be judged or deleted is left as it is.
   */
  public static int removeStale(Path parent, String prefix) {
    if (!Files.isDirectory(parent)) {
      return 0;
    }
    // Each folder's owner is read once: another process may delete the folder meanwhile.
    Map<Path, Long> candidates = new java.util.LinkedHashMap<>();
    try (Stream<Path> s = Files.list(parent)) {
      s.forEach(p -> ownerPid(p, prefix).ifPresent(pid -> candidates.put(p, pid)));
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
    int removed = 0;
    long self = ProcessHandle.current().pid();
    for (Map.Entry<Path, Long> c : candidates.entrySet()) {
      Path p = c.getKey();
      long pid = c.getValue();
      if (pid != self && ownerIsGone(p, pid)) {
        deleteTree(p);
        removed += Files.exists(p) ? 0 : 1;
      }
    }
    return removed;
  }

  /**
   * Whether the folder's owner has released its lock; tries for up to {@code patienceMillis}. For a
   * process that is not the owner (a TLC worker deciding whether its parent is gone). The caller then
   * holds the lock until it exits, or releases it by deleting the folder and exiting.
   */
  public static Optional<FileChannel> takeOverIfAbandoned(Path folder, long patienceMillis) {
    long deadline = System.nanoTime() + patienceMillis * 1_000_000;
    do {
      FileChannel ch = null;
      try {
        ch = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.WRITE);
        if (ch.tryLock() != null) {
          return Optional.of(ch);
        }
      } catch (NoSuchFileException e) {
        closeQuietly(ch);
        return Optional.empty(); // already deleted by its owner or a sibling
      } catch (IOException | OverlappingFileLockException e) {
        // held: try again
      }
      closeQuietly(ch);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    } while (System.nanoTime() < deadline);
    return Optional.empty();
  }

  static OptionalLong ownerPid(Path folder, String prefix) {
    Path name = folder.getFileName();
    if (name == null) {
      return OptionalLong.empty();
    }
    Matcher m = NAME.matcher(name.toString());
    if (!m.matches() || !m.group(1).startsWith(prefix) || !Files.isDirectory(folder)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(m.group(2)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static boolean ownerIsGone(Path folder, long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      // The pid runs, but it may be another process that reuses the number: its lock says.
      Path lock = folder.resolve(LOCK_FILE);
      if (!Files.exists(lock)) {
        return false; // its owner is between creating the folder and locking it
      }
      try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = ch.tryLock()) {
        return held != null;
      } catch (IOException | OverlappingFileLockException e) {
        return false;
      }
    }
    return true;
  }

  /** Deletes a folder and everything in it; never fails (what cannot be deleted stays). */
  public static void deleteTree(Path dir) {
    for (int pass = 0; pass < 2 && Files.exists(dir); pass++) {
      // A second pass catches files a dying process created while the first one ran.
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            // a file still being written, or not ours to delete: the next pass or start-up retries
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // the tree changed while we walked it; the next pass sees the rest
      }
    }
  }

  /** The cause of an I/O failure in words: "Permission denied", "No space left on device", ... */
  public static String describe(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "Permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "No such file or directory";
    }
    return reason;
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
