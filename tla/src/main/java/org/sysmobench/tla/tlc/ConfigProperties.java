package org.sysmobench.tla.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names listed after {@code PROPERTY}/{@code PROPERTIES} in a TLC config. Needed because TLC 2.18
 * reports "Temporal properties were violated" without saying which one.
 */
final class ConfigProperties {
  private static final Set<String> KEYWORDS = Set.of("INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS",
      "PROPERTY", "PROPERTIES", "CONSTANT", "CONSTANTS", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
      "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS", "TYPE",
      "TYPE_CONSTRAINT");

  private ConfigProperties() {}

  static List<String> temporalProperties(Path cfg) {
    String text;
    try {
      text = Files.readString(cfg, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    text = text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\n]*", " ");
    List<String> out = new ArrayList<>();
    boolean inProperties = false;
    for (String token : text.split("[\\s,]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (KEYWORDS.contains(token)) {
        inProperties = token.equals("PROPERTY") || token.equals("PROPERTIES");
      } else if (inProperties && token.matches("\\w+")) {
        out.add(token);
      }
    }
    return List.copyOf(out);
  }
}
