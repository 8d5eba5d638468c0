package org.sysmobench.tla.tlc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Main class of a worker JVM ({@code java -cp <host class path> org.sysmobench.tla.tlc.WorkerMain}):
 * reads {@code run} frames on stdin, runs each job in a fresh class loader holding the TLA+ tools
 * and the bridge, and writes {@code progress} and {@code result} frames on stdout.
 *
 * <p>The real stdout is reserved for frames: {@code System.out} is pointed at stderr before anything
 * else runs, because TLC and the JVM print to it. Jobs run one at a time, on the main thread.
 *
 * <p>Frames are read on their own thread, so the end of the input (the host died) is seen even while
 * a job runs; {@link WorkerGuard} then ends the worker, as it does when a job outlives its hard limit
 * or keeps the heap full.
 *
 * <p>This is its own process's {@code main}, so it ends with {@link System#exit}: TLC leaves
 * non-daemon threads behind (liveness trace pools, RMI), which would otherwise keep the JVM alive.
 */
public final class WorkerMain {
  private static final String DRIVER = "org.sysmobench.tla.bridge.tlc.TlcDriver";
  /** System property: pid of the host JVM that started this worker. */
  static final String HOST_PID_PROPERTY = "sysmobench.worker.host";
  /** System property: the pool's scratch folder, deleted by a worker whose host died. */
  static final String SCRATCH_PROPERTY = "sysmobench.worker.scratch";
  private static final Map<String, Object> END_OF_INPUT = Map.of("type", "end-of-input");

  private final FrameCodec codec = new FrameCodec();
  private final DataOutputStream out;
  private final WorkerGuard guard;
  private final BlockingQueue<Map<String, Object>> incoming = new LinkedBlockingQueue<>();
  private final ClassLoader platform = ClassLoader.getPlatformClassLoader();
  /** A loader prepared while idle for the next job (same class path), to take class loading off the clock. */
  private PreparedLoader prepared;

  private WorkerMain(DataOutputStream out, WorkerGuard guard) {
    this.out = out;
    this.guard = guard;
  }

  public static void main(String[] args) {
    DataOutputStream frames = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err);
    int status = 0;
    try {
      long host = Long.getLong(HOST_PID_PROPERTY, ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
      Optional<Path> scratch = Optional.ofNullable(System.getProperty(SCRATCH_PROPERTY)).map(Path::of);
      WorkerGuard guard = WorkerGuard.start(host, scratch, System.err);
      refuseABridgeOnTheSystemClassPath();
      new WorkerMain(frames, guard).serve(new DataInputStream(new BufferedInputStream(System.in)));
    } catch (Throwable t) {
      t.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /**
   * TLC looks for the bridge's overrides through a loader whose parent is the system class loader: a copy of
   * the bridge there would be found first, linked against another copy of the tools, and silently skipped,
   * so every hook of a generated module would fail as if the spec were wrong. A worker that could do that
   * never says it is ready: the host reports a harness error instead of scoring anything.
   */
  private static void refuseABridgeOnTheSystemClassPath() {
    if (ClassLoader.getSystemClassLoader().getResource("tlc2/overrides/TLCOverrides.class") != null) {
      throw new IllegalStateException("the worker's class path holds the SysMoBench tla-bridge ("
          + ClassLoader.getSystemClassLoader().getResource("tlc2/overrides/TLCOverrides.class")
          + "): TLC would skip its overrides; the bridge must only be on a job's isolated class path");
    }
  }

  private void serve(DataInputStream in) throws IOException, InterruptedException {
    Thread reader = new Thread(() -> readFrames(in), "worker-input");
    reader.setDaemon(true);
    reader.start();
    codec.write(out, Map.of("type", "ready", "version", FrameCodec.VERSION, "pid", ProcessHandle.current().pid()));
    while (true) {
      Map<String, Object> frame = incoming.take();
      if (frame == END_OF_INPUT || "exit".equals(frame.get("type"))) {
        return;
      }
      if ("run".equals(frame.get("type"))) {
        guard.jobStarted(frame.get("hardMillis") instanceof Number n ? n.longValue() : 0);
        Map<String, Object> result;
        try {
          result = run(frame);
        } finally {
          guard.jobEnded();
        }
        result.put("type", "result");
        codec.write(out, result);
        prepareNext(frame);
      }
    }
  }

  private void readFrames(DataInputStream in) {
    try {
      while (true) {
        Optional<Map<String, Object>> frame = codec.read(in);
        if (frame.isEmpty()) {
          break;
        }
        if ("exit".equals(frame.get().get("type"))) {
          guard.exitRequested();
        }
        incoming.add(frame.get());
      }
    } catch (IOException | RuntimeException e) {
      // a broken pipe from the host is the same as its end
    }
    guard.inputEnded();
    incoming.add(END_OF_INPUT);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> run(Map<String, Object> request) {
    List<String> classPath = (List<String>) request.get("classPath");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    PreparedLoader loader = null;
    try {
      loader = takeLoader(classPath);
      Thread.currentThread().setContextClassLoader(loader.loader());
      Function<Map<String, Object>, Map<String, Object>> driver = loader.driver();
      Map<String, Object> driverRequest = new LinkedHashMap<>(request);
      Consumer<Map<String, Object>> progress = p -> sendProgress(p);
      driverRequest.put("progress", progress);
      return new LinkedHashMap<>(driver.apply(driverRequest));
    } catch (Throwable t) {
      Map<String, Object> failed = new LinkedHashMap<>();
      failed.put("ec", -1);
      failed.put("output", "");
      failed.put("driverError", stackTrace(t));
      return failed;
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
      if (loader != null) {
        loader.close();
      }
    }
  }

  private void sendProgress(Map<String, Object> snapshot) {
    try {
      Map<String, Object> frame = new LinkedHashMap<>(snapshot);
      frame.put("type", "progress");
      codec.write(out, frame);
    } catch (IOException | RuntimeException e) {
      // The host went away; the job result will fail to send too and the worker ends.
    }
  }

  private PreparedLoader takeLoader(List<String> classPath) throws ReflectiveOperationException, IOException {
    PreparedLoader p = prepared;
    prepared = null;
    if (p != null && p.classPath().equals(classPath)) {
      return p;
    }
    if (p != null) {
      p.close();
    }
    return PreparedLoader.create(classPath, platform);
  }

  /** Loads the next job's tools and driver while the worker is idle anyway. */
  @SuppressWarnings("unchecked")
  private void prepareNext(Map<String, Object> lastRequest) {
    try {
      prepared = PreparedLoader.create((List<String>) lastRequest.get("classPath"), platform);
    } catch (Throwable t) {
      prepared = null; // the next job creates its own loader and reports any error
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  /** A fresh isolated loader (parent: the platform loader) with the driver class already linked. */
  private record PreparedLoader(List<String> classPath, URLClassLoader loader,
      Function<Map<String, Object>, Map<String, Object>> driver) {

    @SuppressWarnings("unchecked")
    static PreparedLoader create(List<String> classPath, ClassLoader parent) throws ReflectiveOperationException,
        IOException {
      List<URL> urls = new ArrayList<>();
      for (String entry : classPath) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      URLClassLoader loader = new URLClassLoader("tlc-job", urls.toArray(new URL[0]), parent);
      // Initialising the driver links TLC's entry classes; no TLC static initialiser depends on the job.
      Class<?> c = Class.forName(DRIVER, true, loader);
      Class.forName("tlc2.TLC", true, loader);
      Object driver = c.getDeclaredConstructor().newInstance();
      return new PreparedLoader(List.copyOf(classPath), loader, (Function<Map<String, Object>, Map<String, Object>>) driver);
    }

    void close() {
      try {
        loader.close();
      } catch (IOException e) {
        // closing only releases jar file handles; nothing to recover
      }
    }
  }
}
