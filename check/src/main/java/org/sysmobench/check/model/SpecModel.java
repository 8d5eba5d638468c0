package org.sysmobench.check.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.sany.SpecFormula;

/**
 * A parsed spec made ready for model checking: {@link ModelModule} written next to it, or the reason
 * the spec cannot be model checked at all (then every phase after syntax fails with it).
 *
 * @param problem why the spec cannot be model checked; empty when it can
 * @param variables every variable the spec declares
 * @param notes what the preparation changed or left out (fairness it could not restate, ignored conjuncts)
 */
public record SpecModel(String problem, List<String> variables, List<String> notes) {
  /**
   * Modules a spec under evaluation may use: TLA+'s standard modules and our library's pure ones.
   * Everything else is refused, in particular our trace reader (it reads files) and our evaluation
   * hooks, and modules next to the spec (the harness writes its own there).
   */
  public static final Set<String> ALLOWED_MODULES = Set.of("Naturals", "Integers", "Reals", "Sequences", "FiniteSets",
      "Bags", "TLC", "Randomization", "RealTime", "Toolbox", "SequencesExt", "FiniteSetsExt", "Functions");

  /** SANY's warning that a module brings in a name defined elsewhere too: group 1 is that module. */
  private static final java.util.regex.Pattern CONFLICT = java.util.regex.Pattern.compile(
      "of module (\\w+)\\s+(?:Warning: )?the definition of '[^']*' conflicts");

  public SpecModel {
    variables = List.copyOf(variables);
    notes = List.copyOf(notes);
  }

  public boolean ok() {
    return problem.isEmpty();
  }

  /**
   * Checks that the spec may be model checked, then writes {@link ModelModule} into {@code workDir}
   * (next to the spec) and has SANY check it.
   *
   * @throws IllegalStateException when the generated module does not parse although the spec does: our
   *     fault, never the spec's
   */
  public static SpecModel prepare(ParseResult parse, String specModule, Path workDir, Sany sany) {
    List<String> vars = parse.variables();
    List<String> reserved = Stream.of(parse.definitions().stream().map(Definition::name), parse.constants().stream(),
        vars.stream()).flatMap(s -> s).filter(n -> n.startsWith(ModelModule.RESERVED_PREFIX)).toList();
    if (!reserved.isEmpty()) {
      return failed("names starting with " + ModelModule.RESERVED_PREFIX + " are reserved for the harness: "
          + String.join(", ", reserved), vars);
    }
    List<String> refused = parse.modules().stream().filter(m -> !m.equals(specModule) && !ALLOWED_MODULES.contains(m))
        .toList();
    if (!refused.isEmpty()) {
      return failed("the spec uses module(s) " + String.join(", ", refused) + "; a spec under evaluation may use only "
          + "the standard modules and " + "SequencesExt, FiniteSetsExt, Functions", vars);
    }
    SpecFormula formula = parse.specFormula();
    if (!formula.ok()) {
      return failed(formula.problem(), vars);
    }
    if (vars.isEmpty()) {
      return failed("the spec declares no variables", vars);
    }
    List<String> notes = new ArrayList<>();
    formula.ignored().forEach(p -> notes.add("specification: ignored conjunct '" + oneLine(p.text()) + "' (" + p.why()
        + "); liveness is checked without it"));
    Path module = workDir.resolve(ModelModule.NAME + ".tla");
    List<String> standard = new ArrayList<>(ModelModule.STANDARD_MODULES);
    for (boolean fairness : new boolean[] {true, false}) {
      String text;
      try {
        text = ModelModule.render(specModule, vars, formula, fairness, standard);
      } catch (IllegalArgumentException e) {
        notes.add("specification: fairness not restated (" + e.getMessage() + "); liveness is checked without it");
        continue;
      }
      // A standard module that defines a name the spec defines too cannot come in: drop it and retry.
      for (int attempt = 0; attempt <= ModelModule.STANDARD_MODULES.size(); attempt++) {
        WorkFiles.write(module, text);
        ParseResult r = sany.parseFile(module);
        if (r.ok()) {
          return new SpecModel("", vars, notes);
        }
        java.util.regex.Matcher m = CONFLICT.matcher(r.output());
        List<String> clashing = new ArrayList<>();
        while (m.find()) {
          if (standard.contains(m.group(1))) {
            clashing.add(m.group(1));
          }
        }
        if (clashing.isEmpty()) {
          break;
        }
        standard.removeAll(clashing);
        text = ModelModule.render(specModule, vars, formula, fairness, standard);
      }
      if (fairness) {
        notes.add("specification: the fairness conditions could not be restated for checking; liveness is checked "
            + "without them");
      }
    }
    throw new IllegalStateException("the generated " + ModelModule.NAME + " module does not parse: "
        + sany.parseFile(module).errors());
  }

  private static SpecModel failed(String why, List<String> vars) {
    return new SpecModel(why, vars, List.of());
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 80 ? t.substring(0, 80) + "..." : t;
  }
}
