package org.sysmobench.systems.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM under the tracer agent and returns once that JVM is gone. A fresh
 * JVM per trace because the agent weaves classes for the JVM's whole life, and so that no thread, static,
 * port or lock state of one trace reaches the next. Fails (with the tail of the child's stderr) if the
 * child exits non-zero or outlives its timeout, and fails if the agent reported a problem: a probe that
 * wove nothing or a capture that failed would silently thin the trace.
 *
 * @param agent the tracer agent jar ({@link AgentJar#locate()})
 * @param instrumentation the instrumentation file the agent reads
 * @param jvmOptions options for the child JVM besides the agent and the class path (heap size, system
 *     properties, ...)
 * @param timeout the child is killed after this long and the run fails
 */
public record ChildJvm(Path agent, Path instrumentation, List<String> jvmOptions, Duration timeout) {
  /** Lines the agent prints on stderr about its own problems start with this. */
  static final String TRACER_PROBLEM = "sysmobench-tracer:";
  private static final int STDERR_TAIL_CHARS = 4000;

  public ChildJvm {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * What a run adds to the child's command line besides the tracer: options that come before the tracer's
   * {@code -javaagent} (another agent that must see the classes first, a module patch), and a main class
   * with its leading arguments that wraps the real main (which follows with its own arguments).
   */
  public record Extras(List<String> jvmOptions, List<String> mainPrefix) {
    public static final Extras NONE = new Extras(List.of(), List.of());

    public Extras {
      jvmOptions = List.copyOf(jvmOptions);
      mainPrefix = List.copyOf(mainPrefix);
    }
  }

  /**
   * Runs {@code mainClass} (found on this JVM's class path) with {@code args}; the agent writes its raw
   * events to {@code rawTrace}, with {@code meta} in the trace's header. The child's stdout is discarded.
   *
   * @throws RecordingFailedException if the child failed, timed out or the tracer reported problems
   */
  public void run(Path rawTrace, Map<String, String> meta, String mainClass, List<String> args)
      throws IOException, InterruptedException {
    run(rawTrace, meta, mainClass, args, Extras.NONE);
  }

  /** Runs as {@link #run(Path, Map, String, List)} does, with {@code extras} on the command line. */
  public void run(Path rawTrace, Map<String, String> meta, String mainClass, List<String> args, Extras extras)
      throws IOException, InterruptedException {
    StringBuilder agentArgs = new StringBuilder("config=").append(instrumentation.toAbsolutePath())
        .append(",out=").append(rawTrace.toAbsolutePath());
    meta.forEach((k, v) -> agentArgs.append(",meta.").append(k).append('=').append(v));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:off"); // the agent appends to the boot class path, which disables CDS with a warning anyway
    cmd.addAll(jvmOptions);
    cmd.addAll(extras.jvmOptions());
    cmd.add("-javaagent:" + agent.toAbsolutePath() + "=" + agentArgs);
    cmd.addAll(List.of("-cp", AgentJar.childClassPath(agent)));
    cmd.addAll(extras.mainPrefix());
    cmd.add(mainClass);
    cmd.addAll(args);
    String what = mainClass + " " + args;
    // stderr goes to a file, so a chatty child cannot block on a full pipe and the timeout holds.
    Path stderr = Files.createTempFile("sysmobench-child-", ".err");
    try {
      Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile()).start();
      if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor();
        throw new RecordingFailedException(what + " did not finish within " + timeout.toSeconds() + " s; stderr tail:\n"
            + tail(stderr));
      }
      if (child.exitValue() != 0) {
        throw new RecordingFailedException(what + " exited with " + child.exitValue() + "; stderr tail:\n" + tail(stderr));
      }
      List<String> problems = Files.readAllLines(stderr).stream().filter(l -> l.startsWith(TRACER_PROBLEM)).toList();
      if (!problems.isEmpty()) {
        throw new RecordingFailedException(what + ": the tracer reported problems:\n" + String.join("\n", problems));
      }
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  private static String tail(Path file) throws IOException {
    String s = Files.readString(file);
    return s.length() > STDERR_TAIL_CHARS ? s.substring(s.length() - STDERR_TAIL_CHARS) : s;
  }
}
