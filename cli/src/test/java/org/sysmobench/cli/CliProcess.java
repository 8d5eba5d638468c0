package org.sysmobench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The CLI in a child JVM, as a user runs it: real exit codes, real signals, real stdout and stderr. */
final class CliProcess {
  private CliProcess() {}

  record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static List<String> command(List<String> jvmArgs, List<String> args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    return command;
  }

  /** Starts the CLI with its output going to files in {@code logs}. */
  static Process start(Path logs, List<String> jvmArgs, String... args) throws IOException {
    Files.createDirectories(logs);
    return new ProcessBuilder(command(jvmArgs, List.of(args))).redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile()).start();
  }

  static Result run(Path logs, List<String> jvmArgs, String... args) throws Exception {
    Process p = start(logs, jvmArgs, args);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the CLI did not finish: " + List.of(args));
    }
    return new Result(p.exitValue(), Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
