package org.sysmobench.agents.source;

import java.util.Objects;

/**
 * One function or method of a source file (or a whole file that holds none).
 *
 * @param file the file's path relative to the task (as in the task's source list)
 * @param name the qualified name, e.g. {@code ToyLock.acquire} or {@code raft.Step}; overloads get
 *     {@code #2}, {@code #3} suffixes so names are unique within a file
 * @param firstLine 1-based first line (the declaration, with its doc comment and annotations)
 * @param lastLine 1-based line of the closing brace
 * @param text the unit's text, declaration to closing brace
 */
public record SourceUnit(String file, String name, int firstLine, int lastLine, String text) {
  public SourceUnit {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** {@code file:name}, how units are named in transcripts. */
  public String label() {
    return file + ":" + name;
  }

  @Override
  public String toString() {
    return "SourceUnit[" + label() + " lines " + firstLine + "-" + lastLine + "]";
  }
}
