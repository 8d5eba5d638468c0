package org.sysmobench.tla.tlc;

import org.sysmobench.tla.TlaTools;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker JVM seen from the host: starts it, sends it jobs, reads its frames on a dedicated
 * thread, and kills it. The host never blocks on the worker's pipes: frames arrive through a queue
 * that an end-of-stream marker also goes into, so a worker that dies mid-job is noticed at once and
 * one that hangs is noticed at the deadline.
 */
final class WorkerProcess implements AutoCloseable {
  private static final Map<String, Object> EOF = Map.of("type", "eof");
  /** Exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int EXIT_OUT_OF_MEMORY = 3;

  private final Process process;
  private final DataOutputStream toWorker;
  private final FrameCodec codec;
  private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
  private final StderrTail stderr;
  private final Thread reader;
  private final Thread drainer;
  private int jobsRun;

  private WorkerProcess(Process process, FrameCodec codec, String name) {
    this.process = process;
    this.codec = codec;
    this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.stderr = new StderrTail(process.getErrorStream());
    DataInputStream fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    this.reader = new Thread(() -> readFrames(fromWorker), name + "-frames");
    this.drainer = new Thread(stderr, name + "-stderr");
    reader.setDaemon(true);
    drainer.setDaemon(true);
    reader.start();
    drainer.start();
  }

  /**
   * @param poolDir the pool's scratch folder, which the worker deletes if it outlives the host
   * @param tmpDir the worker's own temp folder, inside {@code poolDir}
   */
  static WorkerProcess start(TlcPoolConfig config, TlaTools tools, Path poolDir, Path tmpDir, FrameCodec codec,
      String name) throws IOException {
    Files.createDirectories(tmpDir);
    List<String> cmd = new ArrayList<>(List.of(config.javaExecutable().toString(),
        "-Xmx" + config.heap(),
        "-XX:+UseParallelGC",          // TLC warns about any other collector
        "-XX:+ExitOnOutOfMemoryError", // a heap-exhausting job ends the worker: exit code 3 and a message
        "-XX:+DisplayVMOutputToStderr", // the VM prints that message to stdout otherwise, into our frames
        "-XX:-UsePerfData",
        "-Djava.awt.headless=true",
        "-Djava.io.tmpdir=" + tmpDir,  // TLC's own temp files never collide with another worker's
        "-Dtlc2.output.MP.noTimestamps=true",
        "-Dutil.FileUtil.milliseconds=true",
        "-D" + WorkerMain.HOST_PID_PROPERTY + "=" + ProcessHandle.current().pid(),
        "-D" + WorkerMain.SCRATCH_PROPERTY + "=" + poolDir));
    if (config.workers() >= Runtime.getRuntime().availableProcessors()) {
      // Every core runs a worker, so the optimising compiler (C2) can only compile on a core another
      // worker needs; and it compiles TLC again for every job, since each job's classes are new (TLC keeps
      // static state). The client compiler alone costs a fraction of that. Measured with `bench eval`
      // on 2 cores, 2 workers: etcd-raft 12.1 s against 19.4 s per evaluation (host and worker CPU 21.7 s
      // against 38.6 s), jctools-spsc 0.9 s against 1.6 s. With a core to spare, C2 wins on long searches
      // (etcd-raft's search alone: 7 s against 9 s), so a pool with fewer workers than cores keeps it.
      cmd.add("-XX:TieredStopAtLevel=1");
    }
    cmd.addAll(config.extraJvmArgs());
    cmd.addAll(List.of("-cp", workerClassPath(config.hostClassPath(), tools), WorkerMain.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.directory(tmpDir.toFile());
    return new WorkerProcess(pb.start(), codec, name);
  }

  /**
   * The host's class path, absolute (the worker runs in its own folder), without the TLA+ tools and
   * the bridge. Why without: TLC first looks for {@code tlc2.overrides.TLCOverrides} through a new
   * URLClassLoader whose parent is the system class loader; if the worker's system class path held the
   * bridge, TLC would find our overrides there, linked against another copy of the tools than the job's
   * loader, and silently skip them ("not an ITLCOverrides"). The tools and bridge must only exist in the
   * job's isolated loader. A host class path may hold other copies of them (the launcher's class path for
   * {@code --spark} holds the CLI's and the spark module's library folders, each with the tools and the
   * bridge): a jar with the same file name as the tools or the bridge jar is left out too.
   */
  static String workerClassPath(String classPath, TlaTools tools) {
    Path toolsJar = tools.toolsJar().toAbsolutePath().normalize();
    Path bridge = tools.bridgeCodeBase().toAbsolutePath().normalize();
    java.util.Set<String> copies = new java.util.HashSet<>();
    for (Path own : List.of(toolsJar, bridge)) {
      if (own.getFileName().toString().endsWith(".jar")) {
        copies.add(own.getFileName().toString());
      }
    }
    List<String> out = new ArrayList<>();
    for (String e : classPath.split(java.io.File.pathSeparator)) {
      if (e.isEmpty()) {
        continue;
      }
      if (e.endsWith("*")) {
        out.add(e);
        continue;
      }
      Path p = Path.of(e).toAbsolutePath().normalize();
      boolean copy = p.getFileName() != null && copies.contains(p.getFileName().toString());
      if (!p.equals(toolsJar) && !p.equals(bridge) && !copy) {
        out.add(p.toString());
      }
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  /** Waits for the worker's {@code ready} frame. */
  void awaitReady(Duration timeout) throws IOException, InterruptedException {
    Map<String, Object> f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (f == null || !"ready".equals(f.get("type"))) {
      String why = f == null ? "no ready frame within " + timeout : "worker ended before it was ready";
      kill();
      throw new IOException(why + "; worker log:\n" + stderr.takeText());
    }
    if (!Integer.valueOf(FrameCodec.VERSION).equals(f.get("version"))) {
      kill();
      throw new IOException("worker speaks protocol " + f.get("version") + ", host " + FrameCodec.VERSION);
    }
  }

  /** Runs one job; returns within {@code hardLimit} plus a few seconds, whatever the worker does. */
  WorkerReply run(Map<String, Object> request, Duration hardLimit, Consumer<Map<String, Long>> onProgress) {
    jobsRun++;
    Map<String, Long> progress = new LinkedHashMap<>();
    stderr.takeText();
    try {
      codec.write(toWorker, request);
    } catch (IOException e) {
      return died(progress);
    }
    long deadline = System.nanoTime() + hardLimit.toNanos();
    try {
      while (true) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          kill();
          return new WorkerReply.TimedOut(progress);
        }
        Map<String, Object> f = frames.poll(remaining, TimeUnit.NANOSECONDS);
        if (f == null) {
          continue;
        }
        switch (String.valueOf(f.get("type"))) {
          case "progress" -> {
            f.forEach((k, v) -> {
              if (v instanceof Number n) {
                progress.put(k, n.longValue());
              }
            });
            onProgress.accept(Map.copyOf(progress));
          }
          case "result" -> {
            return new WorkerReply.Finished(f);
          }
          case "eof" -> {
            return died(progress);
          }
          default -> { }
        }
      }
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
      return new WorkerReply.Cancelled();
    }
  }

  private WorkerReply died(Map<String, Long> progress) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      drainer.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    int exit = process.isAlive() ? -1 : process.exitValue();
    return new WorkerReply.Died(exit, stderr.takeText(), progress);
  }

  int jobsRun() {
    return jobsRun;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  private void readFrames(DataInputStream in) {
    try {
      while (true) {
        Optional<Map<String, Object>> f = codec.read(in);
        if (f.isEmpty()) {
          break;
        }
        frames.add(f.get());
      }
    } catch (IOException | RuntimeException e) {
      // a corrupt or closed stream ends the worker's usefulness; the EOF marker tells the host
    } finally {
      frames.add(EOF);
    }
  }

  /** Closes the worker's input without an exit frame, as the host's death does (for tests). */
  void closeInput() {
    try {
      toWorker.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** Kills the worker without waiting (JVM shutdown: there is no time to be polite). */
  void destroyNow() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to exit, kills it if it does not, and waits for its threads here to end. */
  @Override
  public void close() {
    try {
      codec.write(toWorker, Map.of("type", "exit"));
      toWorker.close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
    }
    try {
      reader.join(3000);
      drainer.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
