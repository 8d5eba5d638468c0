package org.sysmobench.check.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseDetails.DefinitionCheck;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.Verdict;
import org.sysmobench.tla.sany.Definition;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.DiagnosticKind;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.sany.Severity;
import org.sysmobench.tla.sany.SpecFormula;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * SANY on the whole module (all or nothing) plus each top-level definition alone (the paper profile's
 * partial credit). In-process and cheap: a few milliseconds per SANY call.
 *
 * <p>Bounded by counts, so the work and the memory it takes stay small whatever is submitted: a spec
 * larger than {@value #MAX_SPEC_BYTES} bytes is not parsed at all (the phase is INCOMPLETE and every
 * later phase is skipped), and at most {@value #MAX_DEFINITIONS_ALONE} definitions are checked alone
 * (beyond that the per-definition part is INCOMPLETE and earns nothing).
 */
public final class SyntaxPhase {
  /** Far above real specs (the largest reference spec is about 15 KB). */
  static final int MAX_SPEC_BYTES = 512 * 1024;
  /** Far above real specs (a reference spec has tens of definitions); each costs up to six SANY calls. */
  static final int MAX_DEFINITIONS_ALONE = 300;

  /** Why the text is not parsed at all: it exceeds the phase's size budget; empty when it is parsed. */
  public Optional<String> admits(String specText) {
    int bytes = specText.getBytes(StandardCharsets.UTF_8).length;
    return bytes > MAX_SPEC_BYTES ? Optional.of("the spec has " + bytes + " bytes, more than the syntax phase's budget "
        + "of " + MAX_SPEC_BYTES) : Optional.empty();
  }

  /** What stands for SANY's result when the text was not parsed (see {@link #admits}). */
  public static ParseResult notParsed(String module) {
    return new ParseResult(false, module, List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of(),
        SpecFormula.NONE);
  }

  /** The phase for a submission that is not a bare module file. */
  public static PhaseResult notAModule(String problem, String specName) {
    return PhaseResult.of(Phase.SYNTAX, Verdict.FAIL, Scores.ZERO, "not a TLA+ module file: " + problem,
        List.of(Finding.loss("not-a-module", problem, specName, "")), new PhaseDetails.None());
  }

  public PhaseResult check(Sany sany, String specText, ParseResult parse, String module) {
    Optional<String> tooLarge = admits(specText);
    if (tooLarge.isPresent()) {
      return PhaseResult.of(Phase.SYNTAX, Verdict.INCOMPLETE, Scores.ZERO, "not parsed: " + tooLarge.get(),
          List.of(Finding.loss("syntax-budget", tooLarge.get(), module, "")), new PhaseDetails.None());
    }
    List<Finding> findings = new ArrayList<>();
    boolean whole = parse.ok();
    for (Diagnostic d : parse.diagnostics()) {
      findings.add(d.severity() == Severity.ERROR
          ? Finding.loss("sany-" + d.kind().name().toLowerCase(Locale.ROOT), d.message(), where(d),
              sourceLine(specText, d))
          : Finding.note("sany-" + d.kind().name().toLowerCase(Locale.ROOT), d.message(), where(d), ""));
    }
    // Split the ASCII form: Unicode operators (≜ for ==) would hide definition starts; lines are unchanged.
    ModuleOutline outline = ModuleOutline.of(UnicodeToAscii.translate(specText).text());
    Map<String, List<Integer>> known = knownOperators(parse);
    List<ModuleOutline.Unit> units = outline.units();
    boolean truncated = units.size() > MAX_DEFINITIONS_ALONE;
    List<DefinitionCheck> defs = new ArrayList<>();
    int index = 0;
    for (ModuleOutline.Unit unit : units.subList(0, Math.min(units.size(), MAX_DEFINITIONS_ALONE))) {
      DefinitionCheck c = StandaloneDefinition.check(sany, outline, unit, module, ++index, known);
      defs.add(c);
      if (!c.parses()) {
        findings.add(Finding.loss("definition-fails", "definition " + c.name() + " does not parse on its own: "
            + c.error(), module + ":" + c.line(), ""));
      }
    }
    if (truncated) {
      findings.add(Finding.loss("syntax-budget", "the spec has " + units.size() + " top-level definitions; only the "
          + "first " + MAX_DEFINITIONS_ALONE + " were checked alone, and the per-definition part earns nothing", module,
          ""));
    }
    long passing = defs.stream().filter(DefinitionCheck::parses).count();
    if (defs.isEmpty()) {
      findings.add(Finding.loss("no-definitions", "no top-level definitions found", "", ""));
    }
    Scores scores = ScoringProfile.syntax(whole, truncated ? 0 : passing, Math.max(1, units.size()));
    String summary = wholeModule(parse) + "; " + (truncated ? "per-definition check over budget"
        : passing + "/" + defs.size() + " definitions parse alone");
    Verdict verdict = !whole || passing < defs.size() || defs.isEmpty() ? Verdict.FAIL
        : truncated ? Verdict.INCOMPLETE : Verdict.PASS;
    return PhaseResult.of(Phase.SYNTAX, verdict, scores, summary, findings, new PhaseDetails.Syntax(whole, defs));
  }

  /** How the whole module fared, naming the kind of the first error. */
  private static String wholeModule(ParseResult parse) {
    if (parse.ok()) {
      return "module parses";
    }
    DiagnosticKind kind = parse.errors().isEmpty() ? DiagnosticKind.OTHER : parse.errors().get(0).kind();
    return switch (kind) {
      case SEMANTIC -> "module parses but fails SANY's semantic check";
      case LEVEL -> "module parses but fails SANY's level check";
      case MISSING_MODULE -> "module needs a module that does not exist";
      case NAME_MISMATCH -> "module is misnamed";
      default -> "module does not parse";
    };
  }

  /** The spec's own operators with their parameters' arities, when SANY could read them (else empty). */
  private static Map<String, List<Integer>> knownOperators(ParseResult parse) {
    Map<String, List<Integer>> known = new LinkedHashMap<>();
    for (Definition d : parse.definitions()) {
      if (!d.instance()) {
        known.putIfAbsent(d.name(), d.paramArities());
      }
    }
    return known;
  }

  /**
   * The standalone modules the per-definition check parsed last, one per definition, rebuilt from the
   * phase's figures (for benchmarks that replay the same SANY work another way).
   */
  public static List<String> standaloneModules(String specText, String module, PhaseDetails.Syntax details) {
    ModuleOutline outline = ModuleOutline.of(UnicodeToAscii.translate(specText).text());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < outline.units().size() && i < details.definitions().size(); i++) {
      Set<String> vars = new LinkedHashSet<>();
      Map<String, List<Integer>> ops = new LinkedHashMap<>();
      for (String s : details.definitions().get(i).stubbed()) {
        int slash = s.indexOf('/');
        if (slash < 0) {
          vars.add(s);
        } else {
          ops.put(s.substring(0, slash), StandaloneDefinition.parseParams(s.substring(slash + 1)));
        }
      }
      out.add(StandaloneDefinition.module(outline, outline.units().get(i), module + "_def" + (i + 1), vars, ops).text());
    }
    return out;
  }

  private static String where(Diagnostic d) {
    return d.hasPosition() ? d.module() + ":" + d.line() + ":" + d.column() : d.module();
  }

  /** The offending source line with a caret under the column, as compilers show it. */
  static String sourceLine(String text, Diagnostic d) {
    if (!d.hasPosition()) {
      return "";
    }
    String[] lines = text.split("\\R", -1);
    if (d.line() > lines.length) {
      return "";
    }
    String line = lines[d.line() - 1];
    return line + "\n" + " ".repeat(Math.max(0, Math.min(d.column() - 1, line.length()))) + "^";
  }
}
