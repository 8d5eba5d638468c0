package org.sysmobench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on loopback: a master and workers, each a separate JVM started from this
 * module's class path (as the README's recipe starts them from the installed jars), with {@code
 * spark.authenticate} on and the shared secret given to each daemon in its environment only (Spark's own
 * {@code _SPARK_AUTH_SECRET}), never on a command line. Each worker offers one core.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final String CLASSPATH = System.getProperty("sysmobench.cluster.classpath", "");
  private static final String JAVA_OPTIONS = System.getProperty("sysmobench.cluster.javaOptions", "");
  private static final Duration START_LIMIT = Duration.ofMinutes(2);

  private final Path dir;
  private final Process master;
  private final int masterPort;
  private final List<Process> workers = new ArrayList<>();

  private StandaloneCluster(Path dir, Process master, int masterPort) {
    this.dir = dir;
    this.master = master;
    this.masterPort = masterPort;
  }

  /** Starts the master and {@code workers} workers and waits until every worker has registered. */
  static StandaloneCluster start(Path dir, String secret, int workers) throws IOException, InterruptedException {
    if (CLASSPATH.isEmpty()) {
      throw new IllegalStateException("run through Maven: the test needs sysmobench.cluster.classpath");
    }
    Files.createDirectories(dir.resolve("spark-home/jars"));
    int port = freePort();
    Process master = launch(dir, secret, "master", List.of("org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
    StandaloneCluster cluster = new StandaloneCluster(dir, master, port);
    try {
      cluster.awaitPort(port);
      for (int i = 0; i < workers; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        cluster.workers.add(launch(dir, secret, "worker-" + i, List.of("org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--work-dir", work.toString(),
            "--webui-port", Integer.toString(freePort()), cluster.masterUrl())));
      }
      cluster.awaitLog(cluster.log("master"), "Registering worker", workers);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path log(String daemon) {
    return dir.resolve(daemon + ".log");
  }

  /** Every file the daemons and their executors wrote (logs, executors' stdout and stderr). */
  List<Path> logFiles() throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("spark-home")).toList();
    }
  }

  /** The worker's executor logs (stderr of each executor it ran). */
  List<Path> executorLogs(int worker) throws IOException {
    try (var walk = Files.walk(dir.resolve("worker-" + worker))) {
      return walk.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
  }

  /** Kills worker {@code i} with everything it started (its executor and that executor's TLC workers), as a lost machine. */
  void kill(int i) throws InterruptedException {
    Process w = workers.get(i);
    w.descendants().forEach(ProcessHandle::destroyForcibly);
    w.destroyForcibly();
    w.waitFor();
  }

  boolean isAlive(int i) {
    return workers.get(i).isAlive();
  }

  @Override
  public void close() {
    List<Process> all = new ArrayList<>(workers);
    all.add(master);
    for (Process p : all) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : all) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static Process launch(Path dir, String secret, String name, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.stream(JAVA_OPTIONS.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    cmd.addAll(List.of("-Xmx512m", "-Dspark.authenticate=true", "-cp", CLASSPATH));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    // Spark's launcher code builds an executor's command from SPARK_HOME's jars folder (empty here) and
    // SPARK_DIST_CLASSPATH: the executors get the same class path as the worker.
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_DIST_CLASSPATH", CLASSPATH);
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("_SPARK_AUTH_SECRET", secret);
    env.remove(SparkEvaluators.SECRET_ENV);
    return pb.start();
  }

  private void awaitPort(int port) throws InterruptedException {
    Instant end = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(end)) {
      if (!master.isAlive()) {
        throw new IllegalStateException("the Spark master exited; see " + log("master"));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the Spark master did not open port " + port + " within " + START_LIMIT);
  }

  private void awaitLog(Path log, String line, int times) throws InterruptedException, IOException {
    Instant end = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(end)) {
      if (Files.exists(log) && Files.readString(log).split(line, -1).length - 1 >= times) {
        return;
      }
      for (int i = 0; i < workers.size(); i++) {
        if (!workers.get(i).isAlive()) {
          throw new IllegalStateException("Spark worker " + i + " exited; see " + log("worker-" + i));
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("fewer than " + times + " workers registered within " + START_LIMIT + "; see " + log);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
