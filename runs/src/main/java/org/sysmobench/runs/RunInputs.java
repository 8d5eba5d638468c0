package org.sysmobench.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.TlaTools;

/**
 * The inputs a run's scores depend on, each pinned by its SHA-256: every task package (what an
 * evaluation reads of it: {@code task.yaml}, the brief, the contract, the invariants, the invariants
 * track's {@code discovery.yaml}, the reference and its mutants, hidden ones included), every trace the run's tasks replay or show to agents, and the TLA+ tools jar. The
 * manifest keeps them; a resume or a rescore computes them again and refuses to mix results of
 * different inputs under one run without saying so. The harness and its code are not pinned: what they
 * produce, the traces, is.
 *
 * <p>Names: {@code task/<id>}, {@code trace/<id>/<file>} (learning traces under {@code
 * trace/<id>/learning/<file>} when they live in their own folder), {@code tools/tla2tools.jar}.
 */
public final class RunInputs {
  /** The files and folders of a task package an evaluation reads. */
  static final List<String> PACKAGE_PARTS = List.of("task.yaml", "brief.md", "contract.yaml", "invariants.yaml",
      "discovery.yaml", "reference");

  private RunInputs() {}

  /** The pins of these tasks (as the run loads them: with its own recorded traces) and tools. */
  public static Map<String, String> of(List<Task> tasks, TlaTools tools) {
    Map<String, String> pins = new TreeMap<>();
    for (Task t : tasks) {
      String id = t.id().value();
      pins.put("task/" + id, packageHash(t.folder()));
      for (Path trace : t.traces().scoringFiles()) {
        pins.put("trace/" + id + "/" + trace.getFileName(), sha256(trace));
      }
      boolean ownFolder = !t.traces().learningFolder().equals(t.traces().folder());
      for (Path trace : t.traces().learningFiles()) {
        pins.put("trace/" + id + "/" + (ownFolder ? "learning/" : "") + trace.getFileName(), sha256(trace));
      }
    }
    pins.put("tools/tla2tools.jar", sha256(tools.toolsJar()));
    return pins;
  }

  /** What differs between the pinned inputs and today's, one line each ("changed", "missing", "new"). */
  public static List<String> changes(Map<String, String> pinned, Map<String, String> now) {
    List<String> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(pinned.keySet());
    names.addAll(now.keySet());
    for (String name : names) {
      String was = pinned.get(name);
      String is = now.get(name);
      if (was == null) {
        out.add(name + " is new");
      } else if (is == null) {
        out.add(name + " is missing");
      } else if (!was.equals(is)) {
        out.add(name + " changed");
      }
    }
    return out;
  }

  /** One hash over the package's parts: each file's path (relative, with '/') and content, in path order. */
  static String packageHash(Path folder) {
    MessageDigest d = digest();
    TreeMap<String, Path> files = new TreeMap<>();
    for (String part : PACKAGE_PARTS) {
      Path p = folder.resolve(part);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).forEach(f -> files.put(folder.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the task package " + folder, e);
        }
      } else if (Files.isRegularFile(p)) {
        files.put(part, p);
      }
    }
    files.forEach((name, f) -> {
      d.update(name.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(HexFormat.of().parseHex(sha256(f)));
    });
    return HexFormat.of().formatHex(d.digest());
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(digest().digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
