package org.sysmobench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts a task's recorded trace files, for listings. */
final class TraceFiles {
  private TraceFiles() {}

  static long count(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".ndjson")).count();
    } catch (IOException e) {
      return 0;
    }
  }
}
