package org.sysmobench.tla.text;

import java.util.List;

/**
 * The result of rewriting a spec's Unicode TLA+ symbols to ASCII.
 *
 * @param text the ASCII spec (code only; strings and comments are left as written)
 * @param positions maps positions in {@code text} back to the original
 * @param replaced the Unicode symbols that were rewritten, in order of first appearance
 * @param replacements how many symbols were rewritten in total
 */
public record AsciiText(String text, PositionMap positions, List<String> replaced, int replacements) {
  public AsciiText {
    replaced = List.copyOf(replaced);
  }

  /** Whether any symbol was rewritten. */
  public boolean changed() {
    return replacements > 0;
  }
}
