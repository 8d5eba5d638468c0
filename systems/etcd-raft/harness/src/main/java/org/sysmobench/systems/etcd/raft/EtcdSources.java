package org.sysmobench.systems.etcd.raft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sysmobench.systems.kit.RecordingFailedException;

/**
 * The source tree of etcd's Raft library 3.5.16 ({@code go.etcd.io/etcd/raft}, module path
 * {@code go.etcd.io/etcd/raft/v3}) as Debian packages it in {@code golang-etcd-server-dev} 3.5.16-4.
 *
 * <p>Debian 12 (bookworm) installs 3.4.23; 3.5.16 is in Debian 13 (trixie). On a machine whose installed
 * package is already 3.5.16, its tree under {@code /usr/share/gocode} is used. Otherwise the package is
 * downloaded once with {@code apt-get download} through a private apt configuration that lists only
 * trixie (the system's own lists and sources stay untouched, nothing is installed), unpacked with
 * {@code dpkg-deb -x}, and its raft folder kept in the cache. Whatever the origin, {@code raft.go} must
 * have the pinned SHA-256, so the driver is always built against the code the task pins.
 *
 * @param cacheDir where the unpacked tree (and the private apt state) are kept
 * @param systemGocode Debian's Go source root ({@code /usr/share/gocode/src})
 * @param archive the Debian archive to download from
 */
public record EtcdSources(Path cacheDir, Path systemGocode, String archive) {
  static final String PACKAGE = "golang-etcd-server-dev";
  static final String VERSION = "3.5.16-4";
  static final String SUITE = "trixie";
  /** The library version, as traces and manifests name it. */
  public static final String ETCD_VERSION = "3.5.16";
  static final String RAFT_IN_PACKAGE = "usr/share/gocode/src/go.etcd.io/etcd/raft";
  /** SHA-256 of {@code raft.go} of 3.5.16 (the same pin as the task's sources): identifies the tree. */
  static final String RAFT_GO_SHA256 = "85657e1f4acd8000fe9d8d909cead39182ae0d903a72eb6ee38b6ff9ec7411e8";
  private static final long COMMAND_MINUTES = 10;

  /** The tree in {@code ~/.cache/sysmobench/etcd-raft}, Debian's Go root, the main Debian archive. */
  public static EtcdSources defaults() {
    return new EtcdSources(Path.of(System.getProperty("user.home"), ".cache", "sysmobench", "etcd-raft"),
        Path.of("/usr/share/gocode/src"), "http://deb.debian.org/debian");
  }

  /** The raft folder (with {@code raft.go}, {@code raftpb/}, {@code tracker/}, ...), fetched now if needed. */
  public Path raftTree() throws IOException, InterruptedException {
    Path system = systemGocode.resolve("go.etcd.io/etcd/raft");
    if (isPinned(system)) {
      return system;
    }
    Path cached = cacheDir.resolve(PACKAGE + "_" + VERSION).resolve("raft");
    if (isPinned(cached)) {
      return cached;
    }
    fetchInto(cached);
    if (!isPinned(cached)) {
      throw new RecordingFailedException(PACKAGE + " " + VERSION + " from " + archive + " does not hold the pinned "
          + "raft.go (sha256 " + RAFT_GO_SHA256 + ")");
    }
    return cached;
  }

  static boolean isPinned(Path raftDir) throws IOException {
    Path raftGo = raftDir.resolve("raft.go");
    return Files.isRegularFile(raftGo) && sha256(raftGo).equals(RAFT_GO_SHA256);
  }

  private void fetchInto(Path target) throws IOException, InterruptedException {
    Path apt = cacheDir.resolve("apt");
    Path lists = apt.resolve("lists");
    Path cache = apt.resolve("cache");
    Files.createDirectories(lists.resolve("partial"));
    Files.createDirectories(cache.resolve("archives").resolve("partial"));
    Path sources = apt.resolve("sources.list");
    Files.writeString(sources, "deb " + archive + " " + SUITE + " main\n");
    List<String> options = List.of("-o", "Dir::Etc::sourcelist=" + sources.toAbsolutePath(), "-o", "Dir::Etc::sourceparts=-",
        "-o", "Dir::State::Lists=" + lists.toAbsolutePath(), "-o", "Dir::Cache=" + cache.toAbsolutePath());
    Path work = Files.createTempDirectory(cacheDir, "fetch");
    try {
      List<String> update = new ArrayList<>(List.of("apt-get", "-q"));
      update.addAll(options);
      update.add("update");
      run(update, work, "apt-get update (Debian " + SUITE + " lists, private)");
      List<String> download = new ArrayList<>(List.of("apt-get", "-q"));
      download.addAll(options);
      download.addAll(List.of("download", PACKAGE + "=" + VERSION));
      run(download, work, "apt-get download " + PACKAGE + "=" + VERSION);
      Path deb;
      try (Stream<Path> s = Files.list(work)) {
        deb = s.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
            .orElseThrow(() -> new RecordingFailedException("apt-get download left no .deb for " + PACKAGE + " " + VERSION));
      }
      Path root = work.resolve("root");
      run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), work, "dpkg-deb -x");
      Path raft = root.resolve(RAFT_IN_PACKAGE);
      if (!Files.isDirectory(raft)) {
        throw new RecordingFailedException(PACKAGE + " " + VERSION + " has no " + RAFT_IN_PACKAGE);
      }
      Files.createDirectories(target.getParent());
      Path staged = target.resolveSibling("raft.staging");
      deleteTree(staged);
      copyTree(raft, staged);
      deleteTree(target);
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(work);
    }
  }

  private static void run(List<String> command, Path dir, String what) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new RecordingFailedException(what + ": cannot run " + command.get(0) + " (Debian's apt tools are needed to fetch "
          + PACKAGE + " " + VERSION + ")", e);
    }
    if (!p.waitFor(COMMAND_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new RecordingFailedException(what + " took over " + COMMAND_MINUTES + " minutes");
    }
    if (p.exitValue() != 0) {
      String out = Files.readString(log).strip();
      throw new RecordingFailedException(what + " failed (exit " + p.exitValue() + "; is the Debian archive reachable?): "
          + out.lines().reduce((a, b) -> b).orElse(""));
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
