package org.sysmobench.check.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.check.PhaseDetails.DefinitionCheck;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.DiagnosticKind;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;

/**
 * Checks one top-level definition on its own: a module holding the spec's EXTENDS, its declared
 * constants and variables, and the definition. Names the definition uses but which are defined
 * elsewhere in the spec are stubbed and SANY is run again, up to {@value #MAX_ROUNDS} rounds:
 * a name used without arguments becomes a VARIABLE (it may be primed), a name used with k arguments
 * becomes {@code Name(a1, ..., ak) == TRUE}. This is the original's recovery, in-process (about 4 ms
 * a round instead of a JVM launch).
 */
final class StandaloneDefinition {
  static final int MAX_ROUNDS = 6;
  private static final Pattern UNKNOWN = Pattern.compile("Unknown operator: [`'\"]?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ARITY = Pattern.compile("The operator ([A-Za-z_][A-Za-z0-9_]*) requires (\\d+) arguments?");

  private StandaloneDefinition() {}

  static DefinitionCheck check(Sany sany, ModuleOutline outline, ModuleOutline.Unit unit, String moduleName, int index) {
    Set<String> stubVariables = new LinkedHashSet<>();
    Map<String, Integer> stubOperators = new LinkedHashMap<>();
    String lastError = "";
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String text = module(outline, unit, moduleName + "_def" + index, stubVariables, stubOperators);
      ParseResult r = sany.parseText(text);
      if (r.ok()) {
        List<String> stubbed = new ArrayList<>(stubVariables);
        stubOperators.forEach((k, v) -> stubbed.add(k + "/" + v));
        return new DefinitionCheck(unit.name(), unit.line(), true, stubbed, "");
      }
      boolean progressed = false;
      for (Diagnostic d : r.errors()) {
        Matcher unknown = UNKNOWN.matcher(d.message());
        Matcher arity = ARITY.matcher(d.message());
        if (d.kind() == DiagnosticKind.SEMANTIC && unknown.find()) {
          String name = unknown.group(1);
          int k = usedArity(unit.text(), name);
          if (k == 0 && stubVariables.add(name) || k > 0 && stubOperators.putIfAbsent(name, k) == null) {
            progressed = true;
          }
        } else if (d.kind() == DiagnosticKind.SEMANTIC && arity.find()) {
          String name = arity.group(1);
          int k = Integer.parseInt(arity.group(2));
          if (stubVariables.remove(name) | !Integer.valueOf(k).equals(stubOperators.put(name, k))) {
            progressed = true;
          }
        }
      }
      lastError = r.errors().isEmpty() ? "SANY failed without a message" : describe(r.errors().get(0));
      if (!progressed) {
        break;
      }
    }
    List<String> stubbed = new ArrayList<>(stubVariables);
    stubOperators.forEach((k, v) -> stubbed.add(k + "/" + v));
    return new DefinitionCheck(unit.name(), unit.line(), false, stubbed, lastError);
  }

  private static String describe(Diagnostic d) {
    return d.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message();
  }

  static String module(ModuleOutline outline, ModuleOutline.Unit unit, String name, Set<String> stubVariables,
      Map<String, Integer> stubOperators) {
    StringBuilder sb = new StringBuilder();
    sb.append("---- MODULE ").append(name).append(" ----\n");
    if (!outline.extendsModules().isEmpty()) {
      sb.append("EXTENDS ").append(String.join(", ", outline.extendsModules())).append('\n');
    }
    if (!outline.constants().isEmpty()) {
      sb.append("CONSTANTS ").append(String.join(", ", outline.constants())).append('\n');
    }
    Set<String> vars = new LinkedHashSet<>(outline.variables());
    vars.addAll(stubVariables);
    vars.removeAll(outline.constants());
    if (!vars.isEmpty()) {
      sb.append("VARIABLES ").append(String.join(", ", vars)).append('\n');
    }
    stubOperators.forEach((op, k) -> {
      sb.append(op).append('(');
      for (int i = 1; i <= k; i++) {
        sb.append(i > 1 ? ", " : "").append("a").append(i);
      }
      sb.append(") == TRUE\n");
    });
    for (String r : outline.recursive()) {
      if (r.matches("(?s).*\\b" + Pattern.quote(unit.name()) + "\\b.*")) {
        sb.append("RECURSIVE ").append(unit.name()).append(r.contains(unit.name() + "(") ? arityHole(r, unit.name()) : "")
            .append('\n');
      }
    }
    sb.append(unit.text()).append("\n====\n");
    return sb.toString();
  }

  private static String arityHole(String recursiveDecl, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + "\\(([^)]*)\\)").matcher(recursiveDecl);
    return m.find() ? "(" + m.group(1) + ")" : "";
  }

  /** How many arguments {@code name} is applied to at its first use in {@code text}; 0 if used bare. */
  static int usedArity(String text, String name) {
    Matcher m = Pattern.compile("(?<![A-Za-z0-9_!])" + Pattern.quote(name) + "\\s*\\(").matcher(text);
    if (!m.find()) {
      return 0;
    }
    int depth = 0;
    int args = 1;
    boolean any = false;
    for (int i = m.end(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{' || c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '<') {
        depth++;
        if (c == '<') {
          i++;
        }
      } else if (c == ')' && depth == 0) {
        return any ? args : 0;
      } else if (c == ')' || c == ']' || c == '}' || c == '>' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
        depth--;
        if (c == '>') {
          i++;
        }
      } else if (c == ',' && depth == 0) {
        args++;
      } else if (!Character.isWhitespace(c)) {
        any = true;
      }
    }
    return args;
  }
}
