package org.sysmobench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sysmobench.tla.text.AsciiText;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * A spec's folder as the TLA+ tools of the Maven artifact can read it: when a {@code .tla} file there
 * uses Unicode TLA+ symbols ({@code ≜ ∧ □}), which those tools do not know, every {@code .tla} and
 * {@code .cfg} file of the folder is copied into a work folder with the symbols rewritten to ASCII, as
 * {@code parse} and {@code eval} do in memory. Lines are kept, so line numbers in TLC's output still point
 * at the files as written.
 *
 * @param folder where to check from: the spec's own folder, or the ASCII copy
 * @param replaced the Unicode symbols that were rewritten (empty: nothing was copied)
 */
record AsciiSpecFolder(Path folder, List<String> replaced) {

  /** The spec's folder, copied to ASCII under {@code work} only if some module needs it. */
  static AsciiSpecFolder of(Path spec, Path work) throws IOException {
    Path source = spec.toAbsolutePath().getParent();
    List<Path> files;
    try (Stream<Path> s = Files.list(source)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".tla") || p.toString().endsWith(".cfg")).sorted().toList();
    }
    Set<String> replaced = new LinkedHashSet<>();
    for (Path f : files) {
      if (f.toString().endsWith(".tla")) {
        replaced.addAll(UnicodeToAscii.translate(Files.readString(f, StandardCharsets.UTF_8)).replaced());
      }
    }
    if (replaced.isEmpty()) {
      return new AsciiSpecFolder(source, List.of());
    }
    Path copy = Files.createDirectories(work);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      AsciiText ascii = f.toString().endsWith(".tla") ? UnicodeToAscii.translate(text) : null;
      Files.writeString(copy.resolve(f.getFileName().toString()), ascii == null ? text : ascii.text(),
          StandardCharsets.UTF_8);
    }
    return new AsciiSpecFolder(copy, List.copyOf(replaced));
  }

  boolean rewritten() {
    return !replaced.isEmpty();
  }

  /** The same file name in this folder. */
  Path resolve(Path original) {
    return folder.resolve(original.getFileName().toString());
  }
}
