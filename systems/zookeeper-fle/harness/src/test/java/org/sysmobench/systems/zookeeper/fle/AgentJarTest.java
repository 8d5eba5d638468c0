package org.sysmobench.systems.zookeeper.fle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The agent jar the harness passes to child JVMs cannot clash with a system's own libraries. */
class AgentJarTest {

  @Test
  void isFoundOnTheClassPathAndKeepsItsLibrariesRelocated() throws IOException {
    Path jar = AgentJar.locate();
    try (JarFile f = new JarFile(jar.toFile())) {
      assertThat(f.getManifest().getMainAttributes().getValue("Premain-Class")).isEqualTo("org.sysmobench.tracer.TracerAgent");
      assertThat(f.getManifest().getMainAttributes().getValue("Can-Retransform-Classes")).isEqualTo("true");
      List<String> names = f.stream().map(ZipEntry::getName).toList();
      assertThat(names).noneMatch(n -> n.startsWith("net/bytebuddy/") || n.startsWith("com/fasterxml/") || n.startsWith("org/yaml/"));
      assertThat(names).anyMatch(n -> n.startsWith("org/sysmobench/tracer/shaded/net/bytebuddy/"))
          .anyMatch(n -> n.startsWith("org/sysmobench/tracer/shaded/com/fasterxml/jackson/dataformat/yaml/"))
          .contains("org/sysmobench/tracer/boot/Dispatch.class", "org/sysmobench/trace/TraceWriter.class");
    }
    assertThat(ChildClassPath.forChild(jar)).doesNotContain(jar.getFileName().toString());
  }
}
