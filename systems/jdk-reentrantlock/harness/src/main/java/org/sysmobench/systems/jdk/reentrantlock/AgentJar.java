package org.sysmobench.systems.jdk.reentrantlock;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds the tracer agent jar (the harness depends on its {@code agent} classifier, so it is on the class
 * path) and the class path the child JVM gets: this JVM's, minus the agent jar, which the child receives
 * through {@code -javaagent} instead (loading it twice would clash with its relocated copies).
 */
public final class AgentJar {
  /** System property naming the agent jar explicitly; wins over discovery. */
  public static final String PROPERTY = "sysmobench.tracer.agent";
  private static final String PREMAIN_CLASS = "org.sysmobench.tracer.TracerAgent";

  private AgentJar() {}

  /** @throws IllegalStateException saying how to build or name the jar */
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

  /** This JVM's class path without any agent jar, for the child's {@code -cp}. */
  public static String childClassPath() {
    List<String> parts = new ArrayList<>();
    for (Path p : classPath()) {
      if (!isAgentJar(p)) {
        parts.add(p.toString());
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  private static List<Path> classPath() {
    List<Path> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isBlank()) {
        out.add(Path.of(e).toAbsolutePath());
      }
    }
    return out;
  }

  private static boolean isAgentJar(Path entry) {
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest m = jar.getManifest();
      return m != null && PREMAIN_CLASS.equals(m.getMainAttributes().getValue("Premain-Class"));
    } catch (IOException e) {
      return false;
    }
  }
}
