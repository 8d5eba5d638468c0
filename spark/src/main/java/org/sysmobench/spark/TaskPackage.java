package org.sysmobench.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.sysmobench.tasks.Task;
import org.sysmobench.tasks.TaskLoader;
import org.sysmobench.tasks.TraceSettings;

/**
 * A task package as it travels to an executor: what an evaluation reads of the task (task.yaml, brief,
 * contract, invariants, reference and mutants) and the traces the task replays as the run loads it (its
 * scoring traces, possibly recorded afresh in the run's folder, and its learning traces), in one zip
 * archive with fixed entry times, named by the SHA-256 of its bytes.
 *
 * <p>Entries: {@code task/<path in the package>} (with the package's own trace folder, where its learning
 * traces are) and {@code scoring/<file>} (the trace folder the task replays, when the run recorded it afresh outside the package). The executor checks the hash before it trusts a byte, and
 * unpacks each package once per JVM into a folder named by the hash.
 */
public record TaskPackage(String taskId, String sha256, byte[] archive) implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The parts of a package an evaluation reads (the harness, its sources and build output are not sent). */
  static final List<String> PARTS = List.of(TaskLoader.TASK_FILE, TaskLoader.BRIEF_FILE, TaskLoader.CONTRACT_FILE,
      TaskLoader.INVARIANTS_FILE, "reference");

  /** Packs {@code task} as loaded on the driver. */
  public static TaskPackage of(Task task) {
    TreeMap<String, Path> entries = new TreeMap<>();
    for (String part : PARTS) {
      Path p = task.folder().resolve(part);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).forEach(f ->
              entries.put("task/" + task.folder().relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the task package " + task.folder(), e);
        }
      } else if (Files.isRegularFile(p)) {
        entries.put("task/" + part, p);
      }
    }
    // The package's own trace folder (its learning traces live there) as the loader checks it on any machine,
    // and the traces the task replays as the run loads it (possibly recorded afresh outside the package).
    Path committed = task.traces().learningFolder();
    if (committed.startsWith(task.folder())) {
      traceFiles(committed).forEach(f ->
          entries.put("task/" + task.folder().relativize(f).toString().replace('\\', '/'), f));
    }
    if (!task.traces().folder().equals(committed)) {
      task.traces().files().forEach(f -> entries.put("scoring/" + f.getFileName(), f));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(0); // the same package gives the same bytes, so the same hash
        zip.putNextEntry(entry);
        zip.write(Files.readAllBytes(e.getValue()));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack the task " + task.id(), e);
    }
    byte[] archive = bytes.toByteArray();
    return new TaskPackage(task.id().value(), sha256(archive), archive);
  }

  /**
   * The task read back from the package under {@code root/<sha256>/} (unpacked there once: a folder that
   * exists was completely unpacked, since it is renamed into place only when done). The bytes are checked
   * against the hash first: a package that does not match is refused.
   */
  public Task unpackUnder(Path root) {
    String actual = sha256(archive);
    if (!actual.equals(sha256)) {
      throw new IllegalStateException("the package of task " + taskId + " arrived damaged: SHA-256 " + actual
          + ", expected " + sha256);
    }
    Path home = root.resolve(sha256);
    try {
      if (!Files.isDirectory(home)) {
        Files.createDirectories(root);
        Path partial = Files.createTempDirectory(root, sha256.substring(0, 12) + "-");
        unzip(partial);
        try {
          Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
          if (!Files.isDirectory(home)) {
            throw raced;
          }
          // another process unpacked the same package first: theirs is as good (same hash, same bytes)
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the package of task " + taskId + " under " + root, e);
    }
    Task loaded = TaskLoader.load(home.resolve("task").resolve(taskId));
    // the task replays its own committed traces unless the run shipped others (fresh recordings)
    return Files.isDirectory(home.resolve("scoring")) ? loaded.withTraceFolder(home.resolve("scoring")) : loaded;
  }

  private void unzip(Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        String inside = name.startsWith("task/") ? "task/" + taskId + name.substring(4) : name;
        Path target = into.resolve(inside).normalize();
        if (!target.startsWith(into) || e.isDirectory()) {
          throw new IOException("unexpected entry in a task package: " + name);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, zip.readAllBytes());
      }
    }
  }

  private static List<Path> traceFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(TraceSettings.EXTENSION))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the traces in " + folder, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
