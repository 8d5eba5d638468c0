package org.sysmobench.tla.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sysmobench.tla.TlaTools;

/**
 * A worker's system class path holds neither the TLA+ tools nor the bridge, not even another copy of them
 * (the launcher's class path for {@code --spark} has one in each library folder): TLC would find the
 * bridge's overrides there, linked against the wrong copy of the tools, skip them, and every hook of a
 * generated module would fail as if the spec were wrong.
 */
class WorkerClassPathTest {
  @TempDir Path dir;

  @Test
  void leavesOutTheToolsAndTheBridgeAndEveryCopyOfThem() throws Exception {
    TlaTools tools = TlaTools.resolve(Optional.empty());
    Path sparkLib = Files.createDirectories(dir.resolve("spark/lib"));
    Path toolsCopy = Files.copy(tools.toolsJar(), sparkLib.resolve(tools.toolsJar().getFileName()));
    Path other = Files.writeString(sparkLib.resolve("spark-core.jar"), "not a real jar, only a class path entry");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> entries = new java.util.ArrayList<>(List.of(tools.toolsJar(), other, toolsCopy, classes));
    entries.add(tools.bridgeCodeBase());
    if (tools.bridgeCodeBase().getFileName().toString().endsWith(".jar")) {
      entries.add(Files.copy(tools.bridgeCodeBase(), sparkLib.resolve(tools.bridgeCodeBase().getFileName())));
    }
    String hostClassPath = String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());

    String worker = WorkerProcess.workerClassPath(hostClassPath, tools);

    assertThat(worker.split(File.pathSeparator)).containsExactly(other.toString(), classes.toString());
  }

  @Test
  void aWorkerWhoseClassPathHoldsTheBridgeRefusesToStart() throws Exception {
    // this test's class path holds the bridge (a runtime dependency of the module), as a careless host's would
    Process worker = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), WorkerMain.class.getName()).redirectErrorStream(true).start();
    worker.getOutputStream().close();
    String log = new String(worker.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(worker.waitFor()).isEqualTo(1);
    assertThat(log).contains("the worker's class path holds the SysMoBench tla-bridge").doesNotContain("\"ready\"");
  }
}
