package org.sysmobench.systems.rust.spin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sysmobench.systems.kit.RecordingFailedException;
import org.sysmobench.systems.kit.nativedriver.DriverCache;
import org.sysmobench.systems.kit.nativedriver.DriverProcess;
import org.sysmobench.systems.kit.nativedriver.NativeDriverBuild;
import org.sysmobench.systems.kit.nativedriver.Toolchain;
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
public record DriverBuild(Path cacheDir, Path registry, String cargo) implements NativeDriverBuild {
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
   * Built drivers under {@code rust-spin-driver} in the cache {@code env} names ({@link DriverCache#folder});
   * Debian's registry; cargo from the PATH.
   */
  public static DriverBuild defaultsFor(Map<String, String> env) {
    return new DriverBuild(DriverCache.folder(env, "rust-spin-driver"), Path.of("/usr/share/cargo/registry"), "cargo");
  }

  /** The same build with built drivers kept under {@code dir}. */
  public DriverBuild withCacheDir(Path dir) {
    return new DriverBuild(dir, registry, cargo);
  }

  /**
   * What a recording needs here: nothing once this version of the driver is built; otherwise cargo on
   * {@code env}'s PATH and the spin crate in Debian's registry.
   */
  @Override
  public List<Prerequisite> prerequisites(Map<String, String> env) throws IOException {
    Path built = binaryPath(readSources());
    if (Files.isExecutable(built)) {
      return List.of(Prerequisite.present("rust-spin driver", "built already (" + built + ")", INSTALL_COMMAND));
    }
    Path crate = registry.resolve("spin-" + SPIN_VERSION).resolve("Cargo.toml");
    return List.of(
        toolchain().prerequisite(env),
        Files.isRegularFile(crate) ? Prerequisite.present("spin " + SPIN_VERSION + " crate", crate.getParent().toString(),
            INSTALL_COMMAND)
            : Prerequisite.missing("spin " + SPIN_VERSION + " crate", "not in Debian's crate registry (" + registry
                + ")", INSTALL_COMMAND));
  }

  @Override
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
    DriverProcess.build(new ProcessBuilder(cargo, "build", "--offline", "--release").directory(dir.toFile()),
        dir.resolve("build.log"), binary, "cargo build of the rust-spin driver", BUILD_TIMEOUT);
    return binary;
  }

  private Path binaryPath(Map<String, byte[]> sources) {
    return cacheDir.resolve(fingerprint(sources)).resolve("target").resolve("release").resolve(BINARY);
  }

  private Toolchain toolchain() {
    return new Toolchain("cargo", cargo, INSTALL_COMMAND);
  }

  private void checkToolchain() throws InterruptedException {
    toolchain().requireRunnable(List.of("--version"), INSTALL_HINT);
    Path crate = registry.resolve("spin-" + SPIN_VERSION);
    if (!Files.isRegularFile(crate.resolve("Cargo.toml"))) {
      throw new RecordingFailedException("the spin crate " + SPIN_VERSION + " is not in Debian's crate registry (" + crate
          + " missing): " + INSTALL_HINT);
    }
  }

  private static Map<String, byte[]> readSources() throws IOException {
    return DriverCache.readSources(DriverBuild.class, SOURCES);
  }

  /** Each source's name, a 0 byte, its bytes. */
  private static String fingerprint(Map<String, byte[]> sources) {
    List<byte[]> parts = new ArrayList<>();
    for (Map.Entry<String, byte[]> s : sources.entrySet()) {
      parts.add(s.getKey().getBytes(StandardCharsets.UTF_8));
      parts.add(new byte[] {0});
      parts.add(s.getValue());
    }
    return DriverCache.fingerprint(parts);
  }

  /** Runs the driver once and returns its output lines. */
  public static List<String> run(Path binary, long seed, int threads, int ops, Duration timeout)
      throws IOException, InterruptedException {
    return DriverProcess.run(List.of(binary.toString(), Long.toString(seed), Integer.toString(threads),
        Integer.toString(ops)), "the rust-spin driver", seed, timeout, 0);
  }
}
