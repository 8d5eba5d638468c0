package org.sysmobench.systems.jdk.reentrantlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one driver in a fresh JVM under the tracer agent and returns once it is gone. A fresh JVM per
 * trace because the agent weaves java.base for the JVM's whole life, and so that no thread or lock state
 * of one trace reaches the next. Fails (with the child's stderr) if the child exits non-zero, outlives
 * its timeout, or the agent reported a problem (a probe that wove nothing or a capture that failed
 * would silently thin the trace).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * @param agent the tracer agent jar
   * @param instrumentation the instrumentation file
   * @param rawTrace where the agent writes its raw events
   * @param meta copied into the raw trace's header
   * @param mainClass the driver's main class (on this JVM's class path)
   * @param args the driver's arguments
   * @param timeout the child is killed after this long
   */
  public static void run(Path agent, Path instrumentation, Path rawTrace, Map<String, String> meta, String mainClass,
      List<String> args, Duration timeout) throws IOException, InterruptedException {
    StringBuilder agentArgs = new StringBuilder("config=").append(instrumentation.toAbsolutePath())
        .append(",out=").append(rawTrace.toAbsolutePath());
    meta.forEach((k, v) -> agentArgs.append(",meta.").append(k).append('=').append(v));
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off", // the agent appends to the boot class path, which disables CDS with a warning anyway
        "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-javaagent:" + agent + "=" + agentArgs,
        "-cp", AgentJar.childClassPath(),
        mainClass));
    cmd.addAll(args);
    Path stderr = Files.createTempFile("sysmobench-child-", ".err");
    try {
      Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile()).start();
      if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor();
        throw new RecordingFailedException(mainClass + " " + args + " did not finish within " + timeout.toSeconds()
            + " s; stderr:\n" + tail(stderr));
      }
      if (child.exitValue() != 0) {
        throw new RecordingFailedException(mainClass + " " + args + " exited with " + child.exitValue() + "; stderr:\n"
            + tail(stderr));
      }
      List<String> problems = Files.readAllLines(stderr).stream().filter(l -> l.startsWith("sysmobench-tracer:")).toList();
      if (!problems.isEmpty()) {
        throw new RecordingFailedException("the tracer reported problems:\n" + String.join("\n", problems));
      }
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  private static String tail(Path file) throws IOException {
    String s = Files.readString(file);
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
