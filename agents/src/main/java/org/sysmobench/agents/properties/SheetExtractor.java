package org.sysmobench.agents.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sysmobench.llm.Completion;

/**
 * Finds the property sheet in a model's answer: the {@code tla} fenced blocks (or unlabelled ones that
 * hold a property marker), joined; without any fence, the whole answer when it holds a marker. Stateless.
 */
final class SheetExtractor {
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([\\w+-]*).*$");
  private static final Pattern MARKER = Pattern.compile("(?m)^\\\\\\*\\s*property\\b", Pattern.CASE_INSENSITIVE);

  /** The sheet and why none was found ("" when one was). */
  record Extracted(String sheet, String problem) {}

  Extracted extract(Completion c) {
    String text = c.text();
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    String label = "";
    for (String line : text.split("\n", -1)) {
      var m = FENCE.matcher(line);
      if (m.matches()) {
        if (current == null) {
          current = new StringBuilder();
          label = m.group(2).toLowerCase(java.util.Locale.ROOT);
        } else {
          if (label.equals("tla") || label.equals("tlaplus") || label.equals("tla+")
              || label.isEmpty() && MARKER.matcher(current).find()) {
            blocks.add(current.toString());
          }
          current = null;
        }
        continue;
      }
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null && MARKER.matcher(current).find()) {
      blocks.add(current.toString());
    }
    if (!blocks.isEmpty()) {
      return new Extracted(String.join("\n", blocks).strip() + "\n", "");
    }
    if (MARKER.matcher(text).find()) {
      return new Extracted(text.strip() + "\n", "");
    }
    String why = c.truncated() ? "the answer was cut off (finish reason " + c.finishReason() + ") before a property"
        + " sheet was written" : "no property sheet in the answer (a ```tla block with '\\* property <kind>: ...' lines)";
    return new Extracted("", why);
  }
}
