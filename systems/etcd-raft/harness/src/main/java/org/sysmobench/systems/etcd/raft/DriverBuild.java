package org.sysmobench.systems.etcd.raft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * Builds our Go driver offline, in GOPATH mode, against etcd raft 3.5.16 ({@link EtcdSources}) and the Go
 * packages Debian installs under {@code /usr/share/gocode} (gogo protobuf, which raft's messages use), and
 * caches the binary: the driver source ships inside this jar, is copied to
 * {@code <cache>/<fingerprint>/gopath/src/sysmobench-etcd-raft-driver/}, with the raft tree at
 * {@code go.etcd.io/etcd/raft/v3} next to it (the module path 3.5 imports itself by), and built there once.
 *
 * @param cacheDir where built drivers are kept (one folder per version of the driver source)
 * @param gocode Debian's Go source root, the second GOPATH entry
 * @param go the go command
 * @param sources where the raft tree comes from
 */
public record DriverBuild(Path cacheDir, Path gocode, String go, EtcdSources sources) {
  static final String INSTALL_HINT = "apt-get install golang-go golang-etcd-server-dev";
  static final String BINARY = "sysmobench-etcd-raft-driver";
  private static final String SOURCE = "main.go";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

  /** Built drivers under {@code ~/.cache/sysmobench/etcd-raft-driver}, Debian's Go root, go from the PATH. */
  public static DriverBuild defaults() {
    return new DriverBuild(Path.of(System.getProperty("user.home"), ".cache", "sysmobench", "etcd-raft-driver"),
        Path.of("/usr/share/gocode/src"), "go", EtcdSources.defaults());
  }

  /** The same build with built drivers kept under {@code dir}. */
  public DriverBuild withCacheDir(Path dir) {
    return new DriverBuild(dir, gocode, go, sources);
  }

  /**
   * Throws {@link RecordingFailedException} with the install command when go or Debian's Go packages are
   * missing; the check a caller can make before recording anything.
   */
  public void checkToolchain() throws InterruptedException {
    try {
      Process p = new ProcessBuilder(go, "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new RecordingFailedException("'" + go + " version' failed: " + INSTALL_HINT);
      }
    } catch (IOException e) {
      throw new RecordingFailedException("go not found: " + INSTALL_HINT, e);
    }
    if (!Files.isDirectory(gocode.resolve("github.com/gogo/protobuf/proto"))) {
      throw new RecordingFailedException("Debian's Go packages for etcd are missing (" + gocode
          + "/github.com/gogo/protobuf): " + INSTALL_HINT);
    }
  }

  /** The driver binary, built now if this version of the driver has not been built yet. */
  public Path binary() throws IOException, InterruptedException {
    byte[] source = readSource();
    Path dir = cacheDir.resolve(fingerprint(source));
    Path binary = dir.resolve(BINARY);
    if (Files.isExecutable(binary)) {
      return binary;
    }
    checkToolchain();
    Path raft = sources.raftTree();
    Path gopath = dir.resolve("gopath");
    EtcdSources.deleteTree(gopath);
    EtcdSources.copyTree(raft, gopath.resolve("src/go.etcd.io/etcd/raft/v3"));
    Path main = gopath.resolve("src").resolve(BINARY).resolve(SOURCE);
    Files.createDirectories(main.getParent());
    Files.write(main, source);
    Path logFile = dir.resolve("build.log");
    ProcessBuilder pb = new ProcessBuilder(go, "build", "-o", binary.toString(), BINARY).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile());
    // GOPATH mode, no module proxy: the build reads only the two GOPATH roots and never the network.
    Map<String, String> env = pb.environment();
    env.put("GO111MODULE", "off");
    env.put("GOPATH", gopath.toAbsolutePath() + ":" + gocode.getParent().toAbsolutePath());
    env.put("GOPROXY", "off");
    env.put("GOFLAGS", "");
    env.put("GOCACHE", cacheDir.resolve("go-build").toAbsolutePath().toString());
    Process p = pb.start();
    if (!p.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new RecordingFailedException("go build of the etcd-raft driver took over " + BUILD_TIMEOUT + "; log: " + logFile);
    }
    if (p.exitValue() != 0 || !Files.isExecutable(binary)) {
      throw new RecordingFailedException("go build of the etcd-raft driver failed (exit " + p.exitValue() + "):\n"
          + Files.readString(logFile));
    }
    return binary;
  }

  private static byte[] readSource() throws IOException {
    try (InputStream in = DriverBuild.class.getResourceAsStream("driver/" + SOURCE)) {
      if (in == null) {
        throw new IllegalStateException("harness jar lacks the driver source " + SOURCE);
      }
      return in.readAllBytes();
    }
  }

  /** The driver source and the pinned raft version: a new version of either gets a fresh build. */
  private static String fingerprint(byte[] source) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(source);
      d.update((byte) 0);
      d.update(EtcdSources.RAFT_GO_SHA256.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Runs the driver once and returns its output lines. */
  public static List<String> run(Path binary, long seed, Scenario scenario, Duration timeout)
      throws IOException, InterruptedException {
    // Both streams go to files, so a hung driver cannot block us on a full pipe and the timeout holds.
    Path out = Files.createTempFile("sysmobench-etcd-raft-", ".ndjson");
    Path err = Files.createTempFile("sysmobench-etcd-raft-", ".err");
    try {
      Process p = new ProcessBuilder(binary.toString(), Long.toString(seed), scenario.id(), Integer.toString(scenario.nodes()))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new RecordingFailedException("the etcd-raft driver ran over " + timeout + " (seed " + seed + ")");
      }
      if (p.exitValue() != 0) {
        String why = Files.readString(err).strip();
        throw new RecordingFailedException("the etcd-raft driver failed (exit " + p.exitValue() + ", seed " + seed + "): "
            + why.lines().limit(20).reduce((a, b) -> a + "\n" + b).orElse(""));
      }
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
