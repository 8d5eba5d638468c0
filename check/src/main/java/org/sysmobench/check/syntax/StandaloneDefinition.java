package org.sysmobench.check.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.model.result.PhaseDetails.DefinitionCheck;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.DiagnosticKind;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;

/**
 * Checks one top-level definition on its own: a module holding the spec's EXTENDS, its declared
 * constants and variables, and the definition. Names the definition uses but which are defined
 * elsewhere in the spec are stubbed and SANY is run again, up to {@value #MAX_ROUNDS} rounds:
 * one of the spec's operators becomes {@code Name(a1, ..., ak) == TRUE} with its real parameters
 * (an operator parameter stays one: {@code a2(_)}); another name used without arguments becomes a
 * VARIABLE (it may be primed), one used with k arguments an operator of k ordinary parameters. This is
 * the original's recovery, in-process (about 4 ms a round instead of a JVM launch), made exact where
 * SANY could read the whole module.
 */
final class StandaloneDefinition {
  static final int MAX_ROUNDS = 6;
  private static final Pattern UNKNOWN = Pattern.compile("Unknown operator: [`'\"]?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ARITY = Pattern.compile("The operator ([A-Za-z_][A-Za-z0-9_]*) requires (\\d+) arguments?");
  private static final Pattern LINE = Pattern.compile("\\bline (\\d+)");

  private StandaloneDefinition() {}

  /** A standalone module and the line on which the definition's text starts in it. */
  record Standalone(String text, int unitLine) {}

  /**
   * @param known the spec's own operators with their parameters' arities, from SANY's parse of the whole
   *     module (empty when it does not parse): a stub of one of them gets its real parameters, so a
   *     definition that passes an operator ({@code LAMBDA}, or a name) to it still parses
   */
  static DefinitionCheck check(Sany sany, ModuleOutline outline, ModuleOutline.Unit unit, String moduleName, int index,
      Map<String, List<Integer>> known) {
    Set<String> stubVariables = new LinkedHashSet<>();
    Map<String, List<Integer>> stubOperators = new LinkedHashMap<>();
    String lastError = "";
    String name = moduleName + "_def" + index;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Standalone standalone = module(outline, unit, name, stubVariables, stubOperators);
      ParseResult r = sany.parseText(standalone.text());
      if (r.ok()) {
        return new DefinitionCheck(unit.name(), unit.line(), true, stubbed(stubVariables, stubOperators), "");
      }
      boolean progressed = false;
      for (Diagnostic d : r.errors()) {
        Matcher unknown = UNKNOWN.matcher(d.message());
        Matcher arity = ARITY.matcher(d.message());
        if (d.kind() == DiagnosticKind.SEMANTIC && unknown.find()) {
          String op = unknown.group(1);
          List<Integer> params = known.containsKey(op) ? known.get(op)
              : java.util.Collections.nCopies(usedArity(unit.text(), op), 0);
          // A name without parameters becomes a variable, so it may be primed and used as a subscript.
          if (params.isEmpty() && stubVariables.add(op) || !params.isEmpty() && stubOperators.putIfAbsent(op, params) == null) {
            progressed = true;
          }
        } else if (d.kind() == DiagnosticKind.SEMANTIC && arity.find()) {
          String op = arity.group(1);
          int k = Integer.parseInt(arity.group(2));
          List<Integer> params = known.containsKey(op) && known.get(op).size() == k ? known.get(op)
              : java.util.Collections.nCopies(k, 0);
          if (stubVariables.remove(op) | !params.equals(stubOperators.put(op, params))) {
            progressed = true;
          }
        }
      }
      lastError = r.errors().isEmpty() ? "SANY failed without a message"
          : describe(r.errors().get(0), name, moduleName, standalone.unitLine(), unit.line());
      if (!progressed) {
        break;
      }
    }
    return new DefinitionCheck(unit.name(), unit.line(), false, stubbed(stubVariables, stubOperators), lastError);
  }

  private static List<String> stubbed(Set<String> variables, Map<String, List<Integer>> operators) {
    List<String> out = new ArrayList<>(variables);
    operators.forEach((k, v) -> out.add(k + "/" + v.stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(","))));
    return out;
  }

  /** The parameters' arities of a stub as {@link #stubbed} writes them ("0,1": an ordinary and an operator parameter). */
  static List<Integer> parseParams(String s) {
    return s.isEmpty() ? List.of() : java.util.Arrays.stream(s.split(",")).map(Integer::parseInt).toList();
  }

  /**
   * The error as people should read it: positions in the standalone module are turned into lines of
   * the spec (the definition's text is copied verbatim, so only the line shifts), and the module named
   * as the spec.
   */
  private static String describe(Diagnostic d, String standaloneName, String moduleName, int unitLine, int specLine) {
    Matcher m = LINE.matcher(d.message());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int line = Integer.parseInt(m.group(1));
      int mapped = line >= unitLine ? specLine + (line - unitLine) : specLine;
      m.appendReplacement(sb, "line " + mapped);
    }
    m.appendTail(sb);
    String message = sb.toString().replace(standaloneName, moduleName);
    int line = d.line() >= unitLine ? specLine + (d.line() - unitLine) : specLine;
    return d.kind().name().toLowerCase(java.util.Locale.ROOT) + " at " + moduleName + ":" + line + ": " + message;
  }

  static Standalone module(ModuleOutline outline, ModuleOutline.Unit unit, String name, Set<String> stubVariables,
      Map<String, List<Integer>> stubOperators) {
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
    stubOperators.forEach((op, params) -> {
      sb.append(op);
      if (!params.isEmpty()) {
        sb.append('(');
        for (int i = 0; i < params.size(); i++) {
          sb.append(i > 0 ? ", " : "").append("a").append(i + 1);
          if (params.get(i) > 0) {
            sb.append('(').append(String.join(", ", java.util.Collections.nCopies(params.get(i), "_"))).append(')');
          }
        }
        sb.append(')');
      }
      sb.append(" == TRUE\n");
    });
    for (String r : outline.recursive()) {
      if (r.matches("(?s).*\\b" + Pattern.quote(unit.name()) + "\\b.*")) {
        sb.append("RECURSIVE ").append(unit.name()).append(r.contains(unit.name() + "(") ? arityHole(r, unit.name()) : "")
            .append('\n');
      }
    }
    int unitLine = (int) sb.toString().chars().filter(c -> c == '\n').count() + 1;
    sb.append(unit.text()).append("\n====\n");
    return new Standalone(sb.toString(), unitLine);
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
