package org.sysmobench.tracer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Runs a fixture main class in a fresh JVM under the agent. The agent jar is assembled from this
 * module's compiled classes with a {@code Class-Path} to its dependencies, so {@code mvn test} does not
 * need the shaded jar of the {@code package} phase; the harness tests use the shaded jar.
 */
final class ChildJvm {
  /** What the child did. */
  record Result(int exitCode, String stdout, String stderr) {}

  private ChildJvm() {}

  static Path agentJar(Path dir) throws IOException {
    Path jar = dir.resolve("tracer-agent-test.jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Path classes = Path.of("target/classes").toAbsolutePath();
    StringBuilder classPath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.contains("byte-buddy") || entry.contains("jackson") || entry.contains("snakeyaml") || entry.contains("trace")) {
        if (!entry.contains("tracer")) {
          classPath.append(Path.of(entry).toUri()).append(' ');
        }
      }
    }
    Manifest manifest = new Manifest();
    Attributes a = manifest.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.put(new Attributes.Name("Premain-Class"), TracerAgent.class.getName());
    a.put(new Attributes.Name("Agent-Class"), TracerAgent.class.getName());
    a.put(new Attributes.Name("Can-Retransform-Classes"), "true");
    a.put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest); Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  static Result run(Path agentJar, String agentArgs, String mainClass, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:off");
    cmd.add("-javaagent:" + agentJar + "=" + agentArgs);
    cmd.add("-cp");
    cmd.add(Path.of("target/test-classes").toAbsolutePath().toString());
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("child", ".out");
    Path err = Files.createTempFile("child", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("child JVM timed out: " + String.join(" ", cmd) + "\n" + Files.readString(err));
      }
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
