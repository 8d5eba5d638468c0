package org.sysmobench.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Brings a task's pinned source files into a content-addressed cache ({@code <cache>/sources/<sha256>/<name>})
 * and verifies each file's hash on every use. Each origin is fetched at most once per missing file:
 * a sources jar from the local Maven repository or Maven Central, a Debian package via {@code apt-get
 * download}, a git commit via {@code git}, or a local folder. Sources are never committed to the project.
 */
public final class SourceMaterializer {
  /** Environment variable overriding the Maven repository used for sources jars. */
  public static final String MAVEN_REPO_ENV = "SYSMOBENCH_MAVEN_REPO";
  private static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";
  private static final String DEBIAN_ARCHIVE = "http://deb.debian.org/debian";

  private final Path cacheRoot;
  private final Path mavenLocalRepo;
  private final String mavenRemoteRepo;

  /**
   * @param cacheRoot where verified sources and downloads are kept
   * @param mavenLocalRepo a local Maven repository consulted before downloading (usually {@code ~/.m2/repository})
   * @param mavenRemoteRepo base URL of the Maven repository to download sources jars from
   */
  public SourceMaterializer(Path cacheRoot, Path mavenLocalRepo, String mavenRemoteRepo) {
    this.cacheRoot = cacheRoot.toAbsolutePath();
    this.mavenLocalRepo = mavenLocalRepo;
    this.mavenRemoteRepo = mavenRemoteRepo.replaceAll("/+$", "");
  }

  /** The materializer of this installation: the user's Maven repository, Maven Central unless overridden. */
  public static SourceMaterializer standard(Path cacheRoot) {
    Path local = Path.of(System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    return new SourceMaterializer(cacheRoot, local, System.getenv().getOrDefault(MAVEN_REPO_ENV, MAVEN_CENTRAL));
  }

  /** Every pinned source file of the task, verified, in the order the task lists them. */
  public List<SourceFile> materialize(Task task) {
    List<SourceFile> out = new ArrayList<>();
    for (SourceOrigin origin : task.sources()) {
      List<PinnedFile> missing = new ArrayList<>();
      for (PinnedFile f : origin.files()) {
        if (!isCachedAndValid(f)) {
          missing.add(f);
        }
      }
      if (!missing.isEmpty()) {
        fetch(task, origin, missing);
      }
      for (PinnedFile f : origin.files()) {
        out.add(new SourceFile(f.path(), cachedPath(f), origin));
      }
    }
    return out;
  }

  /** Whether every source of the task is already in the cache (so no network is needed). */
  public boolean isComplete(Task task) {
    return task.sources().stream().flatMap(o -> o.files().stream()).allMatch(this::isCachedAndValid);
  }

  private Path cachedPath(PinnedFile f) {
    String name = f.path().substring(f.path().lastIndexOf('/') + 1);  // also right for archive!/entry paths
    return cacheRoot.resolve("sources").resolve(f.sha256()).resolve(name);
  }

  private boolean isCachedAndValid(PinnedFile f) {
    Path p = cachedPath(f);
    return Files.isRegularFile(p) && sha256(p).equals(f.sha256());
  }

  private void fetch(Task task, SourceOrigin origin, List<PinnedFile> files) {
    Path work;
    try {
      work = Files.createTempDirectory(ensureDir(cacheRoot.resolve("tmp")), "fetch");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path root = originRoot(task, origin, files, work);
      for (PinnedFile f : files) {
        Path src = locate(root, f, origin, work);
        String actual = sha256(src);
        if (!actual.equals(f.sha256())) {
          throw new SourceUnavailableException("hash mismatch for " + f.path() + " from " + origin.describe()
              + ": expected sha256 " + f.sha256() + ", got " + actual
              + " (the origin is not the pinned version, or the pin is wrong)");
        }
        Path target = cachedPath(f);
        ensureDir(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new SourceUnavailableException("cannot fetch " + origin.describe() + ": " + e.getMessage(), e);
    } finally {
      deleteTree(work);
    }
  }

  /** A folder in which the origin's files sit at their pinned paths. */
  private Path originRoot(Task task, SourceOrigin origin, List<PinnedFile> files, Path work) throws IOException {
    if (origin instanceof SourceOrigin.Local local) {
      Path folder = Path.of(local.folder());
      return (folder.isAbsolute() ? folder : task.folder().resolve(folder)).normalize();
    }
    if (origin instanceof SourceOrigin.MavenSources maven) {
      Path jar = mavenSourcesJar(maven);
      extract(jar, files, work);
      return work;
    }
    if (origin instanceof SourceOrigin.Debian deb) {
      List<String> apt = new ArrayList<>(List.of("apt-get", "-q"));
      if (!deb.suite().isEmpty()) {
        apt.addAll(privateApt(deb.suite()));
        List<String> update = new ArrayList<>(apt);
        update.add("update");
        run(work, update, origin, "is the Debian archive reachable?");
      }
      apt.addAll(List.of("download", deb.packageName() + "=" + deb.version()));
      run(work, apt, origin, "is apt reachable, and is this exact version still served?");
      Path debFile;
      try (var s = Files.list(work)) {
        debFile = s.filter(p -> p.toString().endsWith(".deb")).findFirst()
            .orElseThrow(() -> new SourceUnavailableException("apt-get download produced no .deb for " + origin.describe()));
      }
      Path root = ensureDir(work.resolve("root"));
      run(work, List.of("dpkg-deb", "-x", debFile.toString(), root.toString()), origin, "is dpkg-deb installed?");
      return root;
    }
    if (origin instanceof SourceOrigin.Git git) {
      Path repo = work.resolve("repo");
      run(work, List.of("git", "clone", "--quiet", "--no-checkout", "--filter=blob:none", git.url(), repo.toString()),
          origin, "this source needs network access to " + git.url());
      List<String> checkout = new ArrayList<>(List.of("git", "-C", repo.toString(), "checkout", "--quiet", git.commit(), "--"));
      files.forEach(f -> checkout.add(f.path()));
      run(work, checkout, origin, "is commit " + git.commit() + " in the repository?");
      return repo;
    }
    throw new IllegalStateException("unhandled origin " + origin);
  }

  /**
   * apt options that read only {@code suite} of the main Debian archive, with their own lists and cache
   * under the cache root: the machine's apt sources and state stay untouched, and nothing is installed.
   */
  private List<String> privateApt(String suite) throws IOException {
    Path dir = ensureDir(cacheRoot.resolve("apt").resolve(suite));
    Path lists = ensureDir(dir.resolve("lists"));
    ensureDir(lists.resolve("partial"));
    Path cache = ensureDir(dir.resolve("cache"));
    ensureDir(cache.resolve("archives").resolve("partial"));
    Path sources = dir.resolve("sources.list");
    Files.writeString(sources, "deb " + DEBIAN_ARCHIVE + " " + suite + " main\n");
    return List.of("-o", "Dir::Etc::sourcelist=" + sources, "-o", "Dir::Etc::sourceparts=-",
        "-o", "Dir::State::Lists=" + lists, "-o", "Dir::Cache=" + cache);
  }

  /**
   * The file at a pinned path inside the origin's folder. A path {@code archive.zip!/entry} names an
   * entry inside an archive of the origin (e.g. a JDK's {@code lib/src.zip} inside a Debian package);
   * the entry is extracted into {@code work} first.
   */
  private static Path locate(Path root, PinnedFile f, SourceOrigin origin, Path work) throws IOException {
    int bang = f.path().indexOf("!/");
    String outer = bang < 0 ? f.path() : f.path().substring(0, bang);
    Path src = root.resolve(outer).normalize();
    if (!src.startsWith(root) || !Files.isRegularFile(src)) {
      throw new SourceUnavailableException(origin.describe() + " has no file " + outer);
    }
    if (bang < 0) {
      return src;
    }
    String entry = f.path().substring(bang + 2);
    try (ZipFile zip = new ZipFile(src.toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) {
        throw new SourceUnavailableException(origin.describe() + ": " + outer + " has no entry " + entry);
      }
      Path out = Files.createTempFile(work, "entry", ".src");
      try (InputStream in = zip.getInputStream(e)) {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return out;
    }
  }

  private Path mavenSourcesJar(SourceOrigin.MavenSources m) throws IOException {
    String rel = m.groupId().replace('.', '/') + "/" + m.artifactId() + "/" + m.version() + "/"
        + m.artifactId() + "-" + m.version() + "-sources.jar";
    Path local = mavenLocalRepo.resolve(rel);
    if (Files.isRegularFile(local)) {
      return local;
    }
    Path cached = cacheRoot.resolve("downloads").resolve("maven").resolve(rel);
    if (Files.isRegularFile(cached)) {
      return cached;
    }
    URI uri = URI.create(mavenRemoteRepo + "/" + rel);
    ensureDir(cached.getParent());
    Path part = Files.createTempFile(cached.getParent(), cached.getFileName().toString(), ".part");
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<Path> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
          HttpResponse.BodyHandlers.ofFile(part));
      if (r.statusCode() != 200) {
        throw new SourceUnavailableException("download of " + uri + " answered HTTP " + r.statusCode());
      }
      Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return cached;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException("interrupted while downloading " + uri, e);
    } catch (IOException e) {
      throw new SourceUnavailableException("cannot download " + uri + ": " + e.getMessage()
          + " (set " + MAVEN_REPO_ENV + " to a reachable mirror)", e);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static void extract(Path jar, List<PinnedFile> files, Path work) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (PinnedFile f : files) {
        ZipEntry e = zip.getEntry(f.path());
        if (e == null) {
          continue; // reported as "has no file" by the caller
        }
        Path target = work.resolve(f.path()).normalize();
        if (!target.startsWith(work)) {
          continue;
        }
        ensureDir(target.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void run(Path dir, List<String> command, SourceOrigin origin, String hint) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new SourceUnavailableException(command.get(0) + " timed out fetching " + origin.describe());
      }
      if (p.exitValue() != 0) {
        throw new SourceUnavailableException(command.get(0) + " failed fetching " + origin.describe() + " ("
            + hint + "): " + output.strip().lines().reduce((a, b) -> b).orElse(""));
      }
    } catch (IOException e) {
      throw new SourceUnavailableException("cannot run " + command.get(0) + " for " + origin.describe() + " (" + hint + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException("interrupted fetching " + origin.describe(), e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path ensureDir(Path p) {
    try {
      return Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover temp folder under the cache is harmless; the next fetch uses a new one
    }
  }
}
