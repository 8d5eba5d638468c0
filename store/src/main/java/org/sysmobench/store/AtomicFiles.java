package org.sysmobench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never a prefix: write a temp file
 * in the same folder, force it to disk, then rename it over the target.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      try {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer buf = ByteBuffer.wrap(bytes);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          ch.force(true);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new StoreException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /** The cause of an I/O failure in words ("No space left on device"), without repeating the path. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "Permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
