package org.sysmobench.tla.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sysmobench.tla.TlaTools;

/**
 * Test support: runs TLC on one spec in a child JVM, the way the engine does, with our library on
 * {@code -DTLA-Library} and, when asked, the bridge (our overrides) on the class path.
 */
final class ChildTlc {

  /** What TLC did: its exit status and everything it printed ({@code -tool} framed). */
  record Run(int exit, String output) {
    boolean hasMessage(int code) {
      return output.contains("@!@!@STARTMSG " + code + ":");
    }
  }

  private final TlaTools tools;

  ChildTlc(TlaTools tools) {
    this.tools = tools;
  }

  /**
   * Runs {@code spec} (absolute, .cfg of the same name next to it) with the working directory
   * {@code workDir}.
   */
  Run run(Path spec, boolean withOverrides, Path workDir) throws IOException, InterruptedException {
    String name = spec.getFileName().toString().replace(".tla", "");
    String classPath = tools.toolsJar().toString() + (withOverrides ? java.io.File.pathSeparator + tools.bridgeCodeBase() : "");
    Path meta = Files.createTempDirectory(workDir, "meta");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx256m", "-Djava.io.tmpdir=" + meta,
        "-DTLA-Library=" + tools.standardModules() + java.io.File.pathSeparator + tools.libraryModules(),
        "-cp", classPath, "tlc2.TLC", "-tool", "-nowarning", "-workers", "1", "-metadir", meta.toString(),
        "-config", name + ".cfg", spec.toString()));
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("TLC did not finish on " + spec);
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
