package org.sysmobench.check.discovery;

/** A generated module's text, written line by line with the number of the next line known. */
final class ModuleWriter {
  private final StringBuilder text = new StringBuilder();
  private int next = 1;

  /** Appends {@code s} (which may hold several lines) and a line end. */
  ModuleWriter line(String s) {
    text.append(s).append('\n');
    next += (int) s.chars().filter(c -> c == '\n').count() + 1;
    return this;
  }

  /** The number the next line will have. */
  int next() {
    return next;
  }

  String text() {
    return text.toString();
  }
}
