package org.sysmobench.systems.rust.spin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sysmobench.trace.Executables;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.trace.Prerequisite;

/**
 * Builds the Rust driver with {@code cargo build --offline --release} against Debian's crate registry and
 * caches the binary: the driver sources ship inside this jar, are copied to
 * {@code <cache>/<sha-256 of the sources>/}, and built there once; later recordings reuse the binary.
 *
 * @param cacheDir where built drivers are kept (one folder per version of the sources)
 * @param registry Debian's crate registry ({@code /usr/share/cargo/registry}), used as the crates.io replacement
 * @param cargo the cargo command
 */
public record DriverBuild(Path cacheDir, Path registry, String cargo) {
  /** The exact spin version the driver's Cargo.toml asks for, the one Debian bookworm packages. */
  public static final String SPIN_VERSION = "0.9.5";
  /** The exact command that installs the toolchain on Debian (what {@code .ci/run} installs). */
  public static final String INSTALL_COMMAND = "sudo apt-get install -y cargo librust-spin-dev";
  static final String INSTALL_HINT = INSTALL_COMMAND;
  static final String BINARY = "sysmobench-rust-spin-driver";
  private static final List<String> SOURCES = List.of("Cargo.toml", "src/main.rs");
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

  /** Built drivers in the cache this process's environment names, Debian's registry, cargo from the PATH. */
  public static DriverBuild defaults() {
    return defaultsFor(System.getenv());
  }

  /**
   * Built drivers under {@code <cache>/rust-spin-driver}, where the cache is {@code $SYSMOBENCH_CACHE}, else
   * {@code $XDG_CACHE_HOME/sysmobench}, else {@code ~/.cache/sysmobench} (as for the rest of sysmobench's
   * caches); Debian's registry; cargo from the PATH.
   */
  public static DriverBuild defaultsFor(Map<String, String> env) {
    String own = env.get("SYSMOBENCH_CACHE");
    String xdg = env.get("XDG_CACHE_HOME");
    Path root = own != null && !own.isBlank() ? Path.of(own)
        : xdg != null && !xdg.isBlank() ? Path.of(xdg, "sysmobench")
        : Path.of(System.getProperty("user.home"), ".cache", "sysmobench");
    return new DriverBuild(root.toAbsolutePath().resolve("rust-spin-driver"), Path.of("/usr/share/cargo/registry"),
        "cargo");
  }

  /** The same build with built drivers kept under {@code dir}. */
  public DriverBuild withCacheDir(Path dir) {
    return new DriverBuild(dir, registry, cargo);
  }

  /**
   * What a recording needs here: nothing once this version of the driver is built; otherwise cargo on
   * {@code env}'s PATH and the spin crate in Debian's registry.
   */
  public List<Prerequisite> prerequisites(Map<String, String> env) throws IOException {
    Path built = binaryPath(readSources());
    if (Files.isExecutable(built)) {
      return List.of(Prerequisite.present("rust-spin driver", "built already (" + built + ")", INSTALL_COMMAND));
    }
    // The configured command may be a path; a bare name is looked up on the PATH, as a shell would.
    Optional<Path> tool = cargo.contains("/") ? Optional.of(Path.of(cargo)).filter(Files::isExecutable)
        : Executables.find(cargo, env);
    Path crate = registry.resolve("spin-" + SPIN_VERSION).resolve("Cargo.toml");
    return List.of(
        tool.map(p -> Prerequisite.present("cargo", p.toString(), INSTALL_COMMAND))
            .orElseGet(() -> Prerequisite.missing("cargo", "not on the PATH", INSTALL_COMMAND)),
        Files.isRegularFile(crate) ? Prerequisite.present("spin " + SPIN_VERSION + " crate", crate.getParent().toString(),
            INSTALL_COMMAND)
            : Prerequisite.missing("spin " + SPIN_VERSION + " crate", "not in Debian's crate registry (" + registry
                + ")", INSTALL_COMMAND));
  }

  /** The driver binary, built now if this version of the sources has not been built yet. */
  public Path binary() throws IOException, InterruptedException {
    Map<String, byte[]> sources = readSources();
    Path binary = binaryPath(sources);
    Path dir = binary.getParent().getParent().getParent();
    if (Files.isExecutable(binary)) {
      return binary;
    }
    checkToolchain();
    for (Map.Entry<String, byte[]> s : sources.entrySet()) {
      Path target = dir.resolve(s.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, s.getValue());
    }
    Files.createDirectories(dir.resolve(".cargo"));
    // Crates.io is replaced by Debian's directory registry: the build never touches the network.
    Files.writeString(dir.resolve(".cargo").resolve("config.toml"), "[source.crates-io]\nreplace-with = \"debian\"\n\n"
        + "[source.debian]\ndirectory = \"" + registry.toAbsolutePath() + "\"\n");
    Path logFile = dir.resolve("build.log");
    Process p = new ProcessBuilder(cargo, "build", "--offline", "--release").directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (!p.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new RecordingFailedException("cargo build of the rust-spin driver took over " + BUILD_TIMEOUT + "; log: " + logFile);
    }
    if (p.exitValue() != 0 || !Files.isExecutable(binary)) {
      throw new RecordingFailedException("cargo build of the rust-spin driver failed (exit " + p.exitValue() + "):\n"
          + Files.readString(logFile));
    }
    return binary;
  }

  private Path binaryPath(Map<String, byte[]> sources) {
    return cacheDir.resolve(fingerprint(sources)).resolve("target").resolve("release").resolve(BINARY);
  }

  private void checkToolchain() throws InterruptedException {
    try {
      Process p = new ProcessBuilder(cargo, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        throw new RecordingFailedException("'" + cargo + " --version' failed: " + INSTALL_HINT);
      }
    } catch (IOException e) {
      throw new RecordingFailedException("cargo not found: " + INSTALL_HINT, e);
    }
    Path crate = registry.resolve("spin-" + SPIN_VERSION);
    if (!Files.isRegularFile(crate.resolve("Cargo.toml"))) {
      throw new RecordingFailedException("the spin crate " + SPIN_VERSION + " is not in Debian's crate registry (" + crate
          + " missing): " + INSTALL_HINT);
    }
  }

  private static Map<String, byte[]> readSources() throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : SOURCES) {
      try (InputStream in = DriverBuild.class.getResourceAsStream("driver/" + name)) {
        if (in == null) {
          throw new IllegalStateException("harness jar lacks the driver source " + name);
        }
        out.put(name, in.readAllBytes());
      }
    }
    return out;
  }

  private static String fingerprint(Map<String, byte[]> sources) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> s : sources.entrySet()) {
        d.update(s.getKey().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(s.getValue());
      }
      return HexFormat.of().formatHex(d.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Runs the driver once and returns its output lines. */
  public static List<String> run(Path binary, long seed, int threads, int ops, Duration timeout)
      throws IOException, InterruptedException {
    // Both streams go to files, so a hung driver cannot block us on a full pipe and the timeout holds.
    Path out = Files.createTempFile("sysmobench-rust-spin-", ".log");
    Path err = Files.createTempFile("sysmobench-rust-spin-", ".err");
    try {
      Process p = new ProcessBuilder(binary.toString(), Long.toString(seed), Integer.toString(threads), Integer.toString(ops))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new RecordingFailedException("the rust-spin driver ran over " + timeout + " (seed " + seed + ")");
      }
      if (p.exitValue() != 0) {
        throw new RecordingFailedException("the rust-spin driver failed (exit " + p.exitValue() + ", seed " + seed + "): "
            + Files.readString(err).strip());
      }
      return Files.readAllLines(out);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
