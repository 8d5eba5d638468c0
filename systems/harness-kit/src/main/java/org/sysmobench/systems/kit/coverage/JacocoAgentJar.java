package org.sysmobench.systems.kit.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.sysmobench.systems.kit.AgentJar;

/** Finds JaCoCo's agent jar (the harness kit depends on its {@code runtime} classifier, so it is on the class path). */
final class JacocoAgentJar {
  private static final String PREMAIN_PREFIX = "org.jacoco.agent.rt.internal";

  private JacocoAgentJar() {}

  /** @throws IllegalStateException saying how to get the jar */
  static Path locate() {
    for (Path p : AgentJar.classPath()) {
      if (p.toString().endsWith(".jar") && Files.isRegularFile(p) && isAgent(p)) {
        return p;
      }
    }
    throw new IllegalStateException("JaCoCo's agent jar (org.jacoco:org.jacoco.agent:runtime) is not on the class path; "
        + "the harness kit depends on it: rebuild with 'mvn install'");
  }

  private static boolean isAgent(Path jar) {
    try (JarFile j = new JarFile(jar.toFile())) {
      Manifest m = j.getManifest();
      String premain = m == null ? null : m.getMainAttributes().getValue("Premain-Class");
      return premain != null && premain.startsWith(PREMAIN_PREFIX);
    } catch (IOException e) {
      return false;
    }
  }
}
