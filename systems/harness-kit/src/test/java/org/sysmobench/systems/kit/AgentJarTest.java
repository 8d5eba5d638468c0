package org.sysmobench.systems.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent jar passed to child JVMs is found, cannot clash with a system's own libraries, and stays off their class path. */
class AgentJarTest {

  @Test
  void isFoundOnTheClassPathAndKeepsItsLibrariesRelocated() throws IOException {
    Path jar = AgentJar.locate();
    try (JarFile f = new JarFile(jar.toFile())) {
      assertThat(f.getManifest().getMainAttributes().getValue("Premain-Class")).isEqualTo(AgentJar.PREMAIN_CLASS);
      assertThat(f.getManifest().getMainAttributes().getValue("Can-Retransform-Classes")).isEqualTo("true");
      List<String> names = f.stream().map(ZipEntry::getName).toList();
      assertThat(names).noneMatch(n -> n.startsWith("net/bytebuddy/") || n.startsWith("com/fasterxml/") || n.startsWith("org/yaml/"));
      assertThat(names).anyMatch(n -> n.startsWith("org/sysmobench/tracer/shaded/net/bytebuddy/"))
          .anyMatch(n -> n.startsWith("org/sysmobench/tracer/shaded/com/fasterxml/jackson/dataformat/yaml/"))
          .contains("org/sysmobench/tracer/boot/Dispatch.class", "org/sysmobench/trace/TraceWriter.class");
    }
  }

  @Test
  void theChildClassPathHasThisJvmsClassesButNotTheAgent() {
    Path jar = AgentJar.locate();
    List<String> child = Arrays.asList(AgentJar.childClassPath(jar).split(File.pathSeparator));
    assertThat(child).doesNotContain(jar.toString()).noneMatch(e -> e.contains("sysmobench-tracer"));
    // Surefire starts tests from a manifest-only jar: its entries are expanded, so the test classes are there.
    String testClasses = Path.of(System.getProperty("basedir", "."), "target", "test-classes").toAbsolutePath().toString();
    assertThat(child).contains(testClasses);
  }

  @Test
  void theSystemPropertyWins(@TempDir Path dir) throws IOException {
    Path named = java.nio.file.Files.createFile(dir.resolve("agent.jar"));
    String before = System.getProperty(AgentJar.PROPERTY);
    try {
      System.setProperty(AgentJar.PROPERTY, named.toString());
      assertThat(AgentJar.locate()).isEqualTo(named.toAbsolutePath());
      System.setProperty(AgentJar.PROPERTY, dir.resolve("missing.jar").toString());
      assertThatThrownBy(AgentJar::locate).isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a file");
    } finally {
      if (before == null) {
        System.clearProperty(AgentJar.PROPERTY);
      } else {
        System.setProperty(AgentJar.PROPERTY, before);
      }
    }
  }
}
