package org.sysmobench.systems.kit.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/** Class files of the running JDK and of the class path, as this JVM (the recorder's) sees them. */
final class JdkClasses {
  private JdkClasses() {}

  /** The JDK module holding this class ({@code java.base}), if it is a class of the running JDK. */
  static Optional<String> moduleOf(String binaryName) {
    URL url = ClassLoader.getSystemResource(binaryName.replace('.', '/') + ".class");
    if (url == null || !url.getProtocol().equals("jrt")) {
      return Optional.empty();
    }
    String path = url.getPath(); // /java.base/java/util/...
    return Optional.of(path.substring(1, path.indexOf('/', 1)));
  }

  /** The class file at {@code resource} ({@code a/b/C.class}) on this JVM's class path or in its JDK. */
  static byte[] bytes(String resource) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no class file " + resource + " on the class path or in the JDK");
      }
      return in.readAllBytes();
    }
  }
}
