package org.sysmobench.systems.etcd.raft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.nativedriver.DriverCache;
import org.sysmobench.systems.kit.nativedriver.DriverProcess;
import org.sysmobench.systems.kit.nativedriver.NativeDriverBuild;
import org.sysmobench.systems.kit.nativedriver.Toolchain;
import org.sysmobench.trace.Prerequisite;

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
public record DriverBuild(Path cacheDir, Path gocode, String go, EtcdSources sources) implements NativeDriverBuild {
  static final String INSTALL_HINT = "apt-get install golang-go golang-etcd-server-dev";
  /** The command that installs what a build needs, as the run and doctor print it. */
  public static final String INSTALL_COMMAND = "sudo apt-get install -y golang-go golang-etcd-server-dev";
  static final String BINARY = "sysmobench-etcd-raft-driver";
  private static final String SOURCE = "main.go";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

  /** {@link #defaultsFor} this process's environment. */
  public static DriverBuild defaults() {
    return defaultsFor(System.getenv());
  }

  /**
   * Built drivers under {@code etcd-raft-driver} in the cache {@code env} names ({@link DriverCache#folder});
   * Debian's Go root; go from the PATH.
   */
  public static DriverBuild defaultsFor(Map<String, String> env) {
    return new DriverBuild(DriverCache.folder(env, "etcd-raft-driver"), Path.of("/usr/share/gocode/src"), "go",
        EtcdSources.defaults());
  }

  /**
   * What a recording needs here: nothing once this version of the driver is built; otherwise go on
   * {@code env}'s PATH and Debian's Go packages for etcd.
   */
  @Override
  public List<Prerequisite> prerequisites(Map<String, String> env) throws IOException {
    Path built = cacheDir.resolve(fingerprint(readSource())).resolve(BINARY);
    if (Files.isExecutable(built)) {
      return List.of(Prerequisite.present("etcd-raft driver", "built already (" + built + ")", INSTALL_COMMAND));
    }
    Path gogo = gocode.resolve("github.com/gogo/protobuf/proto");
    return List.of(
        new Toolchain("go", go, INSTALL_COMMAND).prerequisite(env),
        Files.isDirectory(gogo) ? Prerequisite.present("Debian's Go packages for etcd", gogo.toString(), INSTALL_COMMAND)
            : Prerequisite.missing("Debian's Go packages for etcd", "not installed (" + gogo + ")", INSTALL_COMMAND));
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
    new Toolchain("go", go, INSTALL_COMMAND).requireRunnable(List.of("version"), INSTALL_HINT);
    if (!Files.isDirectory(gocode.resolve("github.com/gogo/protobuf/proto"))) {
      throw new RecordingFailedException("Debian's Go packages for etcd are missing (" + gocode
          + "/github.com/gogo/protobuf): " + INSTALL_HINT);
    }
  }

  @Override
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
    ProcessBuilder pb = new ProcessBuilder(go, "build", "-o", binary.toString(), BINARY).directory(dir.toFile());
    // GOPATH mode, no module proxy: the build reads only the two GOPATH roots and never the network.
    Map<String, String> env = pb.environment();
    env.put("GO111MODULE", "off");
    env.put("GOPATH", gopath.toAbsolutePath() + ":" + gocode.getParent().toAbsolutePath());
    env.put("GOPROXY", "off");
    env.put("GOFLAGS", "");
    env.put("GOCACHE", cacheDir.resolve("go-build").toAbsolutePath().toString());
    DriverProcess.build(pb, dir.resolve("build.log"), binary, "go build of the etcd-raft driver", BUILD_TIMEOUT);
    return binary;
  }

  private static byte[] readSource() throws IOException {
    return DriverCache.readSources(DriverBuild.class, List.of(SOURCE)).get(SOURCE);
  }

  /** The driver source and the pinned raft version: a new version of either gets a fresh build. */
  private static String fingerprint(byte[] source) {
    return DriverCache.fingerprint(List.of(source, new byte[] {0}, EtcdSources.RAFT_GO_SHA256.getBytes(StandardCharsets.UTF_8)));
  }

  /** Runs the driver once and returns its output lines. */
  public static List<String> run(Path binary, long seed, Scenario scenario, Duration timeout)
      throws IOException, InterruptedException {
    return DriverProcess.run(List.of(binary.toString(), Long.toString(seed), scenario.id(),
        Integer.toString(scenario.nodes())), "the etcd-raft driver", seed, timeout, 20);
  }
}
