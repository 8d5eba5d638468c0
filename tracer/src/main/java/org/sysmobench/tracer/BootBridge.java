package org.sysmobench.tracer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Copies the {@code boot} package into a temporary jar appended to the bootstrap class path, so that
 * code woven into JDK classes can call it and every loader resolves the same class (parent-first
 * delegation finds the bootstrap copy before the agent jar's). Must run before anything loads a boot
 * class; this class therefore names them only as strings.
 */
final class BootBridge {
  private static final List<String> CLASSES = List.of(
      "org/sysmobench/tracer/boot/Dispatch.class",
      "org/sysmobench/tracer/boot/Dispatch$1.class",
      "org/sysmobench/tracer/boot/Sink.class",
      "org/sysmobench/tracer/boot/ProbeId.class",
      "org/sysmobench/tracer/boot/SiteHook.class");

  private BootBridge() {}

  static void inject(Instrumentation inst) throws IOException {
    Path jar = Files.createTempFile("sysmobench-tracer-boot", ".jar");
    ClassLoader agentLoader = BootBridge.class.getClassLoader();
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (String name : CLASSES) {
        try (InputStream in = agentLoader.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("agent jar lacks " + name);
          }
          out.putNextEntry(new JarEntry(name));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    try {
      inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
      // Define every boot class now, so the file is needed no longer: deleted at once, it is not left
      // behind by a traced process that is killed (deleteOnExit runs only on a normal exit).
      for (String name : CLASSES) {
        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, null);
      }
    } catch (ClassNotFoundException e) {
      throw new IOException("the bootstrap class path does not serve " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(jar);
    }
  }
}
