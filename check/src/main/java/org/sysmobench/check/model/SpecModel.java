package org.sysmobench.check.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
    String withFairness;
    try {
      withFairness = ModelModule.render(specModule, vars, formula, true);
    } catch (IllegalArgumentException e) {
      withFairness = null;
      notes.add("specification: fairness not restated (" + e.getMessage() + "); liveness is checked without it");
    }
    if (withFairness != null && parses(sany, module, withFairness)) {
      return new SpecModel("", vars, notes);
    }
    if (withFairness != null) {
      notes.add("specification: the fairness conditions could not be restated for checking; liveness is checked "
          + "without them");
    }
    String without = ModelModule.render(specModule, vars, formula, false);
    if (!parses(sany, module, without)) {
      List<org.sysmobench.tla.sany.Diagnostic> errors = sany.parseFile(module).errors();
      List<String> clashes = errors.stream().map(org.sysmobench.tla.sany.Diagnostic::message)
          .filter(m -> m.contains("ultiply-defined") || m.contains("ultiply defined")).toList();
      if (!clashes.isEmpty()) {
        return failed("the spec defines a name of a standard module (" + String.join(" ", ModelModule.CHECK_MODULES
            .subList(0, 4)) + ") that the checks use: " + clashes.get(0), vars);
      }
      throw new IllegalStateException("the generated " + ModelModule.NAME + " module does not parse: " + errors);
    }
    return new SpecModel("", vars, notes);
  }

  private static boolean parses(Sany sany, Path module, String text) {
    org.sysmobench.check.WorkFiles.write(module, text);
    return sany.parseFile(module).ok();
  }

  private static SpecModel failed(String why, List<String> vars) {
    return new SpecModel(why, vars, List.of());
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 80 ? t.substring(0, 80) + "..." : t;
  }
}
