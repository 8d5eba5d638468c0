package org.sysmobench.tla.text;

/**
 * A 1-based line and column in a text, as the TLA+ tools count them (columns in UTF-16 chars).
 */
public record TextPosition(int line, int column) {
  public TextPosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }
}
