package org.sysmobench.tasks;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One source file of a task, at a path inside its origin (sources jar, Debian package, repository,
 * folder), pinned by the SHA-256 of its bytes. A path {@code a/b.zip!/c/D.java} names an entry of an
 * archive inside the origin.
 */
public record PinnedFile(String path, String sha256) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public PinnedFile {
    if (path == null || path.isBlank() || path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("source path must be relative and stay inside its origin: " + path);
    }
    sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 of " + path + " must be 64 hex digits, got: " + sha256);
    }
  }
}
