package org.sysmobench.tla.cfg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TLC {@code .cfg} text into a {@link TlcConfig}. Tolerant of what authors (and LLMs) write:
 * singular or plural keywords, several names per line, values over several lines, comments. Anything
 * it cannot place is reported in {@link Parsed#problems()} rather than silently dropped.
 */
public final class TlcConfigParser {
  private static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION",
      "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
      "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS");
  private static final Pattern KEYWORD = Pattern.compile("(?m)^\\s*(" + String.join("|", KEYWORDS) + ")\\b");
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(=|<-)");

  /** The parsed config and whatever could not be understood. */
  public record Parsed(TlcConfig config, List<String> problems) {}

  private TlcConfigParser() {}

  public static Parsed parse(String text) {
    String clean = stripComments(text);
    List<String> problems = new ArrayList<>();
    Map<String, String> constants = new LinkedHashMap<>();
    String spec = "", init = "", next = "", symmetry = "", view = "";
    List<String> inv = new ArrayList<>(), props = new ArrayList<>(), cons = new ArrayList<>(), acons = new ArrayList<>();
    Optional<Boolean> deadlock = Optional.empty();

    Matcher m = KEYWORD.matcher(clean);
    List<int[]> marks = new ArrayList<>();
    List<String> words = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(1), m.end(1)});
      words.add(m.group(1));
    }
    if (!marks.isEmpty() && !clean.substring(0, marks.get(0)[0]).isBlank()) {
      problems.add("text before the first keyword ignored: " + clean.substring(0, marks.get(0)[0]).strip());
    }
    for (int i = 0; i < marks.size(); i++) {
      String body = clean.substring(marks.get(i)[1], i + 1 < marks.size() ? marks.get(i + 1)[0] : clean.length()).strip();
      List<String> names = List.of(body.split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
      switch (words.get(i)) {
        case "CONSTANT", "CONSTANTS" -> constants(body, constants, problems);
        case "SPECIFICATION" -> spec = single(names, "SPECIFICATION", problems);
        case "INIT" -> init = single(names, "INIT", problems);
        case "NEXT" -> next = single(names, "NEXT", problems);
        case "INVARIANT", "INVARIANTS" -> inv.addAll(names);
        case "PROPERTY", "PROPERTIES" -> props.addAll(names);
        case "CONSTRAINT", "CONSTRAINTS" -> cons.addAll(names);
        case "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS" -> acons.addAll(names);
        case "SYMMETRY" -> symmetry = single(names, "SYMMETRY", problems);
        case "VIEW" -> view = single(names, "VIEW", problems);
        case "CHECK_DEADLOCK" -> {
          String v = single(names, "CHECK_DEADLOCK", problems);
          if (v.equals("TRUE") || v.equals("FALSE")) {
            deadlock = Optional.of(v.equals("TRUE"));
          } else {
            problems.add("CHECK_DEADLOCK must be TRUE or FALSE, got '" + v + "'");
          }
        }
        default -> problems.add(words.get(i) + " is not supported by this TLC version and was dropped");
      }
    }
    return new Parsed(new TlcConfig(constants, spec, init, next, inv, props, cons, acons, symmetry, view, deadlock),
        problems);
  }

  private static String single(List<String> names, String keyword, List<String> problems) {
    if (names.size() != 1) {
      problems.add(keyword + " takes exactly one name, got " + names);
      return names.isEmpty() ? "" : names.get(0);
    }
    return names.get(0);
  }

  /** Splits {@code A = 1 B = {1, 2} C <- D} into assignments; a value runs until the next assignment. */
  private static void constants(String body, Map<String, String> out, List<String> problems) {
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> ops = new ArrayList<>();
    Matcher a = ASSIGNMENT.matcher(body);
    int depth = 0;
    int scanned = 0;
    while (a.find()) {
      depth += nesting(body.substring(scanned, a.start()));
      scanned = a.start();
      if (depth == 0) {
        starts.add(new int[] {a.start(), a.end()});
        names.add(a.group(1));
        ops.add(a.group(2));
      }
    }
    if (starts.isEmpty() && !body.isBlank()) {
      problems.add("CONSTANTS section has no assignment: " + body);
    }
    for (int i = 0; i < starts.size(); i++) {
      String value = body.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : body.length()).strip()
          .replaceAll("\\s+", " "); // one line per value, so the rendered file stays readable
      out.put(names.get(i), ops.get(i).equals("<-") ? "<- " + value : value);
    }
  }

  private static int nesting(String s) {
    int d = 0;
    boolean inString = false;
    for (char c : s.toCharArray()) {
      if (c == '"') {
        inString = !inString;
      } else if (!inString && (c == '{' || c == '(' || c == '[')) {
        d++;
      } else if (!inString && (c == '}' || c == ')' || c == ']')) {
        d--;
      }
    }
    return d;
  }

  private static String stripComments(String text) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 0 && c == '"') {
        inString = !inString;
      }
      if (!inString && text.startsWith("(*", i)) {
        depth++;
        i++;
      } else if (!inString && depth > 0 && text.startsWith("*)", i)) {
        depth--;
        i++;
      } else if (!inString && depth == 0 && text.startsWith("\\*", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        sb.append('\n');
      } else if (depth == 0) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
