package org.sysmobench.systems.kit.nativedriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sysmobench.systems.kit.RecordingFailedException;

/** Runs a driver's build and the driver itself as child processes, with a timeout that always holds. */
public final class DriverProcess {
  private DriverProcess() {}

  /**
   * Runs a build, its output going to {@code logFile}.
   *
   * @param what the build in messages, e.g. {@code "cargo build of the rust-spin driver"}
   * @throws RecordingFailedException if the build overruns {@code timeout}, fails, or leaves no executable
   *     {@code binary}
   */
  public static void build(ProcessBuilder pb, Path logFile, Path binary, String what, Duration timeout)
      throws IOException, InterruptedException {
    Process p = pb.redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new RecordingFailedException(what + " took over " + timeout + "; log: " + logFile);
    }
    if (p.exitValue() != 0 || !Files.isExecutable(binary)) {
      throw new RecordingFailedException(what + " failed (exit " + p.exitValue() + "):\n" + Files.readString(logFile));
    }
  }

  /**
   * Runs the driver once and returns its output lines (UTF-8).
   *
   * @param what the driver in messages, e.g. {@code "the rust-spin driver"}
   * @param stderrLines how many lines of stderr a failure message quotes; 0 for all of it
   * @throws RecordingFailedException if the driver overruns {@code timeout} or exits non-zero
   */
  public static List<String> run(List<String> command, String what, long seed, Duration timeout, int stderrLines)
      throws IOException, InterruptedException {
    // Both streams go to files, so a hung driver cannot block us on a full pipe and the timeout holds.
    Path out = Files.createTempFile("sysmobench-driver-", ".out");
    Path err = Files.createTempFile("sysmobench-driver-", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new RecordingFailedException(what + " ran over " + timeout + " (seed " + seed + ")");
      }
      if (p.exitValue() != 0) {
        String why = Files.readString(err).strip();
        throw new RecordingFailedException(what + " failed (exit " + p.exitValue() + ", seed " + seed + "): "
            + (stderrLines == 0 ? why : why.lines().limit(stderrLines).reduce((a, b) -> a + "\n" + b).orElse("")));
      }
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
