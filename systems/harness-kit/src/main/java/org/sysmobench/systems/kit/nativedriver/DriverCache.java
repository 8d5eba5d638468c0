package org.sysmobench.systems.kit.nativedriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where built drivers are kept, and the fingerprint of the sources that names each build's folder. */
public final class DriverCache {
  private DriverCache() {}

  /**
   * {@code <cache>/<name>}, where the cache is {@code $SYSMOBENCH_CACHE}, else
   * {@code $XDG_CACHE_HOME/sysmobench}, else {@code ~/.cache/sysmobench} (as for the rest of sysmobench's
   * caches).
   */
  public static Path folder(Map<String, String> env, String name) {
    String own = env.get("SYSMOBENCH_CACHE");
    String xdg = env.get("XDG_CACHE_HOME");
    Path root = own != null && !own.isBlank() ? Path.of(own)
        : xdg != null && !xdg.isBlank() ? Path.of(xdg, "sysmobench")
        : Path.of(System.getProperty("user.home"), ".cache", "sysmobench");
    return root.toAbsolutePath().resolve(name);
  }

  /** The first 16 hex digits of the SHA-256 of {@code parts}, fed in order. */
  public static String fingerprint(List<byte[]> parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      parts.forEach(d::update);
      return HexFormat.of().formatHex(d.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The driver sources shipped as resources {@code driver/<name>} beside {@code anchor}, by name in the
   * given order.
   */
  public static Map<String, byte[]> readSources(Class<?> anchor, List<String> names) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : names) {
      try (InputStream in = anchor.getResourceAsStream("driver/" + name)) {
        if (in == null) {
          throw new IllegalStateException("harness jar lacks the driver source " + name);
        }
        out.put(name, in.readAllBytes());
      }
    }
    return out;
  }
}
