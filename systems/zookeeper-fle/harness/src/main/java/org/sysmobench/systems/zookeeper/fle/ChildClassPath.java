package org.sysmobench.systems.zookeeper.fle;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path of this JVM as files, with manifest-only jars (as test runners and launchers use)
 * expanded into their {@code Class-Path} entries; the child JVM gets the same class path minus the
 * agent jar, which it receives through {@code -javaagent} instead.
 */
final class ChildClassPath {
  private ChildClassPath() {}

  static List<Path> current() {
    Set<Path> out = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isBlank()) {
        add(Path.of(e).toAbsolutePath(), out, 0);
      }
    }
    return new ArrayList<>(out);
  }

  private static void add(Path entry, Set<Path> out, int depth) {
    if (!out.add(entry) || depth > 2 || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest m = jar.getManifest();
      String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
      if (cp == null || cp.isBlank()) {
        return;
      }
      URI base = entry.toUri();
      for (String ref : cp.trim().split("\\s+")) {
        try {
          add(Path.of(base.resolve(ref)), out, depth + 1);
        } catch (IllegalArgumentException notAFile) {
          // a non-file URL cannot be passed on with -cp; skip it
        }
      }
    } catch (IOException e) {
      // an unreadable jar is passed on as is; the child JVM reports it if it matters
    }
  }

  /**
   * The {@code -cp} value for the child: every entry but the tracer's own. An unshaded tracer jar (or
   * classes folder) on the child's class path would come before the agent jar, and its agent classes,
   * which name ByteBuddy and Jackson by their original packages, would shadow the relocated ones.
   */
  static String forChild(Path agentJar) {
    List<String> parts = new ArrayList<>();
    for (Path p : current()) {
      if (!p.equals(agentJar.toAbsolutePath()) && !AgentJar.isAgentJar(p) && !containsTracer(p)) {
        parts.add(p.toString());
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  private static boolean containsTracer(Path entry) {
    String agentClass = AgentJar.PREMAIN_CLASS.replace('.', '/') + ".class";
    if (Files.isDirectory(entry)) {
      return Files.exists(entry.resolve(agentClass));
    }
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(agentClass) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
