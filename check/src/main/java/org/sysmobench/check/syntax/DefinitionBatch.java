package org.sysmobench.check.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sysmobench.model.result.PhaseDetails.DefinitionCheck;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.sany.Sany;

/**
 * Every top-level definition checked alone in a single SANY run, for a module SANY could read whole.
 *
 * <p>Each definition gets the standalone module {@link StandaloneDefinition} would end with: the spec's
 * EXTENDS, constants and variables, and stubs of the spec's own operators it uses. Those are known
 * here without asking SANY round by round: TLA+ lets a definition use only operators defined above it
 * (apart from RECURSIVE ones), so the stubs are the spec's operators defined on an earlier line whose
 * name the definition's text mentions (outside comments, strings and record fields). A root module
 * instantiates all the standalone modules; when it parses, every definition parses alone with exactly
 * those stubs. SANY then reads the standard modules once instead of twice per definition, which is
 * most of the syntax phase's time.
 *
 * <p>When the root does not parse, the batch says nothing ({@link Optional#empty()}): the caller checks
 * each definition on its own, as before, so a failing definition gets its own error and stubs.
 */
final class DefinitionBatch {
  private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_!.])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_])");
  /** A record field name in {@code [f |-> e]} or {@code [f : S]}, which is no use of an operator named f. */
  private static final Pattern FIELD_AFTER = Pattern.compile("^\\s*(\\|->|:(?![>:=]))");

  private DefinitionBatch() {}

  /**
   * @param definitions the spec's definitions as SANY read the whole module (empty: it did not parse)
   * @return each unit's check, in order, when all of them parse alone; empty when some may not
   */
  static Optional<List<DefinitionCheck>> checkAll(Sany sany, ModuleOutline outline, List<ModuleOutline.Unit> units,
      String moduleName, List<Definition> definitions) {
    if (definitions.isEmpty() || units.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> modules = new LinkedHashMap<>();
    Set<String> rootVariables = new LinkedHashSet<>();
    StringBuilder instances = new StringBuilder();
    List<DefinitionCheck> checks = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      ModuleOutline.Unit unit = units.get(i);
      Set<String> stubVariables = new LinkedHashSet<>();
      Map<String, List<Integer>> stubOperators = new LinkedHashMap<>();
      for (String used : usedOperators(unit, definitions)) {
        List<Integer> params = paramsOf(used, definitions);
        if (params.isEmpty()) {
          stubVariables.add(used);
        } else {
          stubOperators.put(used, params);
        }
      }
      String name = moduleName + "_def" + (i + 1);
      modules.put(name, StandaloneDefinition.module(outline, unit, name, stubVariables, stubOperators).text());
      rootVariables.addAll(outline.variables());
      rootVariables.addAll(stubVariables);
      instances.append("SysMoBench_Def").append(i + 1).append(" == INSTANCE ").append(name).append('\n');
      checks.add(new DefinitionCheck(unit.name(), unit.line(), true,
          StandaloneDefinition.stubbed(stubVariables, stubOperators), ""));
    }
    rootVariables.removeAll(outline.constants());
    String root = moduleName + "_defs";
    StringBuilder text = new StringBuilder("---- MODULE " + root + " ----\n");
    if (!outline.constants().isEmpty()) {
      text.append("CONSTANTS ").append(String.join(", ", outline.constants())).append('\n');
    }
    if (!rootVariables.isEmpty()) {
      text.append("VARIABLES ").append(String.join(", ", rootVariables)).append('\n');
    }
    text.append(instances).append("====\n");
    modules.put(root, text.toString());
    return sany.parseModules(root, modules).ok() ? Optional.of(checks) : Optional.empty();
  }

  /**
   * The spec's operators defined above the unit that its text mentions, in order of first mention (the
   * order in which SANY would report them unknown).
   */
  static List<String> usedOperators(ModuleOutline.Unit unit, List<Definition> definitions) {
    Map<String, Integer> definedOn = new LinkedHashMap<>();
    for (Definition d : definitions) {
      if (!d.instance()) {
        definedOn.putIfAbsent(d.name(), d.range().line());
      }
    }
    // A subscript is a use too: WF_vars(A), [][Next]_vars, <<A>>_vars.
    String code = codeOnly(unit.text()).replaceAll("\\b([WS]F)_", "$1 ").replaceAll("([\\]>])_", "$1 ");
    Set<String> used = new LinkedHashSet<>();
    Matcher m = WORD.matcher(code);
    while (m.find()) {
      String w = m.group(1);
      Integer line = definedOn.get(w);
      if (line != null && line < unit.line() && !w.equals(unit.name())
          && !FIELD_AFTER.matcher(code.substring(m.end())).lookingAt()) {
        used.add(w);
      }
    }
    return List.copyOf(used);
  }

  private static List<Integer> paramsOf(String name, List<Definition> definitions) {
    return definitions.stream().filter(d -> d.name().equals(name) && !d.instance()).findFirst()
        .map(Definition::paramArities).orElse(List.of());
  }

  /** The text without line comments and string literals (block comments are already blank in a unit). */
  private static String codeOnly(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\' && i + 1 < text.length()) {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        sb.append(' ');
      } else if (c == '"') {
        inString = true;
        sb.append(' ');
      } else if (c == '\\' && text.startsWith("\\*", i)) {
        int eol = text.indexOf('\n', i);
        i = (eol < 0 ? text.length() : eol) - 1;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
