package org.sysmobench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content-addressed files: an artifact is named by the SHA-256 of its bytes, stored at
 * {@code artifacts/ab/abcdef...}. Writing the same content twice is free and safe from many threads or
 * processes at once (same name, same bytes, atomic rename); a reader that finds a file can trust it, and
 * {@link #read} re-checks the hash so a damaged file is reported, never served.
 */
public final class ArtifactStore {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
  private final Path root;

  ArtifactStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Stores the text (UTF-8) and returns its hash. */
  public String put(String text) {
    return put(text.getBytes(StandardCharsets.UTF_8));
  }

  public String put(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = pathOf(sha);
    if (!Files.isRegularFile(target)) {
      AtomicFiles.write(target, bytes);
    }
    return sha;
  }

  public boolean contains(String sha) {
    return Files.isRegularFile(pathOf(sha));
  }

  public byte[] readBytes(String sha) {
    Path p = pathOf(sha);
    try {
      byte[] bytes = Files.readAllBytes(p);
      if (!sha256(bytes).equals(sha)) {
        throw new StoreException("artifact " + sha + " is damaged: its content no longer matches its name");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new StoreException("artifact " + sha + " is missing from " + root, e);
    } catch (IOException e) {
      throw new StoreException("cannot read artifact " + p, e);
    }
  }

  public String read(String sha) {
    return new String(readBytes(sha), StandardCharsets.UTF_8);
  }

  public Path pathOf(String sha) {
    if (!SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha);
    }
    return root.resolve(sha.substring(0, 2)).resolve(sha);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
