package org.sysmobench.systems.zookeeper.fle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Finds the tracer agent jar this harness passes to its child JVMs. */
public final class AgentJar {
  /** System property naming the agent jar explicitly; wins over discovery. */
  public static final String PROPERTY = "sysmobench.tracer.agent";
  static final String PREMAIN_CLASS = "org.sysmobench.tracer.TracerAgent";

  private AgentJar() {}

  /**
   * The jar named by {@value #PROPERTY}, else the class path entry whose manifest names the tracer's
   * {@code Premain-Class} (the harness depends on the {@code agent} classifier for this reason).
   *
   * @throws IllegalStateException explaining how to build or name the jar
   */
  public static Path locate() {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " is not a file");
      }
      return p;
    }
    for (Path entry : ChildClassPath.current()) {
      if (isAgentJar(entry)) {
        return entry;
      }
    }
    throw new IllegalStateException("tracer agent jar not found on the class path; build it with "
        + "'mvn -pl tracer -am install -DskipTests' or pass -D" + PROPERTY + "=<sysmobench-tracer-*-agent.jar>");
  }

  static boolean isAgentJar(Path entry) {
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
