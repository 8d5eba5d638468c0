package org.sysmobench.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sysmobench.tla.scratch.ScratchFolder;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * A spec's folder as the TLA+ tools of the Maven artifact can read it: when a {@code .tla} file there
 * uses Unicode TLA+ symbols ({@code ≜ ∧ □}), which those tools do not know, every {@code .tla} and
 * {@code .cfg} file of the folder is copied into a work folder with the symbols rewritten to ASCII, as
 * {@code parse} and {@code eval} do in memory. Lines are kept, so line numbers in TLC's output still point
 * at the files as written.
 *
 * <p>The copy is a scratch folder, deleted on close (and by the next run if this one is killed); an ASCII
 * spec needs none, so checking one leaves nothing behind whatever happens to the process.
 *
 * @param folder where to check from: the spec's own folder, or the ASCII copy
 * @param replaced the Unicode symbols that were rewritten (empty: nothing was copied)
 * @param copy the scratch folder holding the copy, if one was made
 */
record AsciiSpecFolder(Path folder, List<String> replaced, Optional<ScratchFolder> copy) implements AutoCloseable {

  /** The spec's folder, copied to ASCII in a scratch folder under {@code tmp} only if some module needs it. */
  static AsciiSpecFolder of(Path spec, Path tmp) throws IOException {
    Path source = spec.toAbsolutePath().getParent();
    List<Path> files;
    try (Stream<Path> s = Files.list(source)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".tla") || p.toString().endsWith(".cfg")).sorted().toList();
    }
    OptionChecks.utf8Text("SPEC.tla", spec);
    Set<String> replaced = new LinkedHashSet<>();
    for (Path f : files) {
      String text = utf8OrNull(f);
      if (text != null && f.toString().endsWith(".tla")) {
        replaced.addAll(UnicodeToAscii.translate(text).replaced());
      }
    }
    if (replaced.isEmpty()) {
      return new AsciiSpecFolder(source, List.of(), Optional.empty());
    }
    ScratchFolder scratch = ScratchFolder.create(tmp, "sysmobench-check");
    Path copy = scratch.path();
    for (Path f : files) {
      Path to = copy.resolve(f.getFileName().toString());
      String text = utf8OrNull(f);
      if (text == null) {
        Files.copy(f, to); // not ours to judge unless the spec uses it; then SANY says what is wrong
      } else {
        Files.writeString(to, f.toString().endsWith(".tla") ? UnicodeToAscii.translate(text).text() : text,
            StandardCharsets.UTF_8);
      }
    }
    return new AsciiSpecFolder(copy, List.copyOf(replaced), Optional.of(scratch));
  }

  @Override
  public void close() {
    copy.ifPresent(ScratchFolder::close);
  }

  /** A file of the folder as UTF-8 text, or null when it is not: a stray file beside the spec is no error. */
  private static String utf8OrNull(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  boolean rewritten() {
    return !replaced.isEmpty();
  }

  /** The same file name in this folder. */
  Path resolve(Path original) {
    return folder.resolve(original.getFileName().toString());
  }
}
