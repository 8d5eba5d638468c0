package org.sysmobench.check.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text-level outline of a module that works even when SANY cannot parse it: the EXTENDS list, the
 * declared constants and variables, and the top-level definitions with their source lines.
 *
 * <p>A top-level definition starts in column 1 with {@code Name ==}, {@code Name(params) ==},
 * {@code Name[x \in S] ==} (optionally after {@code LOCAL}), which is also how SANY's lexer recognizes
 * "Beginning of definition". It runs until the next line in column 1 that starts another top-level unit.
 * Improvements over the original splitter: {@code LOCAL} and {@code RECURSIVE} are understood, block
 * comments are skipped, and a duplicated name keeps both units.
 */
public record ModuleOutline(List<String> extendsModules, List<String> constants, List<String> variables,
    List<String> recursive, List<Unit> units) {

  /** One top-level definition: its name, its 1-based first line, and its full text. */
  public record Unit(String name, int line, String text) {}

  private static final Pattern DEFINITION = Pattern.compile(
      "^(?:LOCAL\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\([^)]*\\)|\\[[^\\]]*\\])?\\s*==(?!=)");
  private static final Pattern UNIT_START = Pattern.compile(
      "^(?:-{4,}|={4,}|EXTENDS\\b|CONSTANTS?\\b|VARIABLES?\\b|ASSUME\\b|ASSUMPTION\\b|AXIOM\\b|THEOREM\\b"
          + "|LEMMA\\b|COROLLARY\\b|PROPOSITION\\b|INSTANCE\\b|RECURSIVE\\b|LOCAL\\b|USE\\b|HIDE\\b|PROOF\\b)");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public ModuleOutline {
    extendsModules = List.copyOf(extendsModules);
    constants = List.copyOf(constants);
    variables = List.copyOf(variables);
    recursive = List.copyOf(recursive);
    units = List.copyOf(units);
  }

  public static ModuleOutline of(String moduleText) {
    String[] lines = withoutBlockComments(moduleText).split("\\R", -1);
    List<String> ext = new ArrayList<>();
    Set<String> cons = new LinkedHashSet<>();
    Set<String> vars = new LinkedHashSet<>();
    List<String> rec = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    int i = firstBodyLine(lines);
    while (i < lines.length) {
      String line = lines[i];
      if (line.startsWith("====")) {
        break;
      }
      Matcher def = DEFINITION.matcher(line);
      int end = nextUnitStart(lines, i + 1);
      String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i, end));
      if (def.find()) {
        units.add(new Unit(def.group(1), i + 1, body.stripTrailing()));
      } else if (line.startsWith("EXTENDS")) {
        names(body.substring("EXTENDS".length()), ext);
      } else if (line.matches("^CONSTANTS?\\b.*")) {
        List<String> n = new ArrayList<>();
        names(stripArities(body.replaceFirst("^CONSTANTS?", "")), n);
        cons.addAll(n);
      } else if (line.matches("^VARIABLES?\\b.*")) {
        List<String> n = new ArrayList<>();
        names(body.replaceFirst("^VARIABLES?", ""), n);
        vars.addAll(n);
      } else if (line.startsWith("RECURSIVE")) {
        rec.add(body.strip());
      }
      i = end;
    }
    return new ModuleOutline(ext, List.copyOf(cons), List.copyOf(vars), rec, units);
  }

  private static int firstBodyLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("^\\s*-{4,}\\s*MODULE\\b.*")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int nextUnitStart(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (DEFINITION.matcher(lines[j]).find() || UNIT_START.matcher(lines[j]).find()) {
        return j;
      }
    }
    return lines.length;
  }

  /** Constant declarations may carry arities, {@code F(_, _)}: keep the names only. */
  private static String stripArities(String s) {
    return s.replaceAll("\\([^)]*\\)", "");
  }

  private static void names(String s, List<String> out) {
    String noComment = s.replaceAll("\\\\\\*[^\\n]*", "");
    Matcher m = NAME.matcher(noComment);
    while (m.find()) {
      out.add(m.group());
    }
  }

  /** Blanks out {@code (* ... *)} comments (keeping line breaks, so line numbers stay right). */
  static String withoutBlockComments(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 0 && c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (!inString && text.startsWith("(*", i)) {
        depth++;
        sb.append("  ");
        i++;
      } else if (!inString && depth > 0 && text.startsWith("*)", i)) {
        depth--;
        sb.append("  ");
        i++;
      } else {
        sb.append(depth > 0 && c != '\n' ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
