package org.sysmobench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder nobody can write into, for real: permissions 555, and where that does not bind (root ignores
 * permissions) the immutable attribute ({@code chattr +i}), which binds root too. Verified by trying.
 */
final class ReadOnlyFolder implements AutoCloseable {
  private final Path dir;
  private final boolean immutable;

  private ReadOnlyFolder(Path dir, boolean immutable) {
    this.dir = dir;
    this.immutable = immutable;
  }

  static ReadOnlyFolder make(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!writable(dir)) {
      return new ReadOnlyFolder(dir, false);
    }
    boolean chattr = run("chattr", "+i", dir.toString());
    ReadOnlyFolder f = new ReadOnlyFolder(dir, chattr);
    if (!chattr || writable(dir)) {
      f.close();
      Assumptions.abort("cannot make a folder read-only here (root, and no chattr +i)");
    }
    return f;
  }

  Path path() {
    return dir;
  }

  @Override
  public void close() throws Exception {
    if (immutable) {
      run("chattr", "-i", dir.toString());
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static boolean writable(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
