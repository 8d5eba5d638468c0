package org.sysmobench.systems.kit;

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
 * Finds the tracer agent jar (this module depends on its {@code agent} classifier, so it is on the class
 * path) and the class path a child JVM gets: this JVM's, with manifest-only jars (as test runners and
 * launchers use) expanded into their {@code Class-Path} entries, minus the tracer, which the child
 * receives through {@code -javaagent} instead.
 */
public final class AgentJar {
  /** System property naming the agent jar explicitly; wins over discovery. */
  public static final String PROPERTY = "sysmobench.tracer.agent";
  static final String PREMAIN_CLASS = "org.sysmobench.tracer.TracerAgent";
  private static final String PREMAIN_CLASS_FILE = PREMAIN_CLASS.replace('.', '/') + ".class";
  // Launchers nest manifest-only jars at most a level or two deep; the bound stops a cycle early.
  private static final int MAX_MANIFEST_DEPTH = 2;

  private AgentJar() {}

  /**
   * The jar named by {@value #PROPERTY}, else the class path entry whose manifest names the tracer's
   * {@code Premain-Class}.
   *
   * @throws IllegalStateException saying how to build or name the jar
   */
  public static Path locate() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " is not a file");
      }
      return p.toAbsolutePath();
    }
    return classPath().stream().filter(AgentJar::isAgentJar).findFirst().orElseThrow(() -> new IllegalStateException(
        "tracer agent jar not found on the class path; build it with 'mvn -pl tracer -am install -DskipTests' "
            + "or pass -D" + PROPERTY + "=<sysmobench-tracer-*-agent.jar>"));
  }

  /**
   * The {@code -cp} value for a child JVM running under {@code agent}: every entry of this JVM's class
   * path but the tracer's own. Loading the agent twice would clash with its relocated copies, and an
   * unshaded tracer jar or classes folder would come before the agent jar, its agent classes naming
   * ByteBuddy and Jackson by their original packages and shadowing the relocated ones.
   */
  public static String childClassPath(Path agent) {
    Path agentJar = agent.toAbsolutePath();
    List<String> parts = new ArrayList<>();
    for (Path p : classPath()) {
      if (!p.equals(agentJar) && !holdsTracer(p)) {
        parts.add(p.toString());
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  /**
   * This JVM's class path as absolute files, manifest-only jars (as test runners and launchers use)
   * expanded, without duplicates: where other agent jars (JaCoCo's) are found too.
   */
  public static List<Path> classPath() {
    Set<Path> out = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isBlank()) {
        addExpanded(Path.of(e).toAbsolutePath(), out, 0);
      }
    }
    return new ArrayList<>(out);
  }

  private static void addExpanded(Path entry, Set<Path> out, int depth) {
    if (!out.add(entry) || depth > MAX_MANIFEST_DEPTH || !isJarFile(entry)) {
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
          addExpanded(Path.of(base.resolve(ref)), out, depth + 1);
        } catch (IllegalArgumentException notAFile) {
          // a non-file URL cannot be passed on with -cp; skip it
        }
      }
    } catch (IOException e) {
      // an unreadable jar is passed on as is; the child JVM reports it if it matters
    }
  }

  private static boolean isAgentJar(Path entry) {
    if (!isJarFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest m = jar.getManifest();
      return m != null && PREMAIN_CLASS.equals(m.getMainAttributes().getValue("Premain-Class"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the entry (the agent jar, the plain tracer jar or its classes folder) holds the agent class. */
  private static boolean holdsTracer(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.exists(entry.resolve(PREMAIN_CLASS_FILE));
    }
    if (!isJarFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(PREMAIN_CLASS_FILE) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isJarFile(Path entry) {
    return entry.toString().endsWith(".jar") && Files.isRegularFile(entry);
  }
}
