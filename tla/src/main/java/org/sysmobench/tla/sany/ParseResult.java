package org.sysmobench.tla.sany;

import java.util.List;

/**
 * What SANY said about one spec.
 *
 * @param ok whether the spec parsed and passed semantic and level checking: SANY returned 0, its error
 *     level is 0, and it reported no aborts or errors (warnings allowed)
 * @param module the root module's name; the header's name when SANY did not get that far; empty
 *     string when the text has no module header
 * @param diagnostics errors first as SANY reported them, then warnings; positions refer to the caller's
 *     text (mapped back through the Unicode rewrite)
 * @param definitions the root module's own top-level definitions, in source order; also filled when
 *     only semantic or level checking failed, empty when parsing failed
 * @param constants the root module's declared CONSTANTS, in source order (same availability)
 * @param variables the root module's declared VARIABLES, in source order (same availability)
 * @param unicodeRewritten the Unicode symbols that were rewritten to ASCII before parsing (empty if none)
 * @param output everything SANY printed, for logs and debugging
 * @param modules every module the root module depends on, itself included (empty when parsing failed)
 * @param specFormula the specification formula taken apart, when the caller named one and the module
 *     passed semantic checking; {@link SpecFormula#NONE} otherwise
 */
public record ParseResult(boolean ok, String module, List<Diagnostic> diagnostics, List<Definition> definitions,
    List<String> constants, List<String> variables, List<String> unicodeRewritten, String output,
    List<String> modules, SpecFormula specFormula) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
    definitions = List.copyOf(definitions);
    constants = List.copyOf(constants);
    variables = List.copyOf(variables);
    unicodeRewritten = List.copyOf(unicodeRewritten);
    modules = List.copyOf(modules);
  }

  /** The diagnostics that make the parse fail. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** The diagnostics that do not. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }
}
