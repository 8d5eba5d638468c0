package org.sysmobench.check.syntax;

import java.util.ArrayList;
import java.util.List;
import org.sysmobench.check.EvalContext;
import org.sysmobench.check.Finding;
import org.sysmobench.check.Phase;
import org.sysmobench.check.PhaseChecker;
import org.sysmobench.check.PhaseDetails;
import org.sysmobench.check.PhaseDetails.DefinitionCheck;
import org.sysmobench.check.PhaseResult;
import org.sysmobench.model.Verdict;
import org.sysmobench.tla.sany.Diagnostic;
import org.sysmobench.tla.sany.Severity;
import org.sysmobench.tla.text.UnicodeToAscii;

/**
 * SANY on the whole module (all or nothing) plus each top-level definition alone (partial credit).
 * In-process and cheap: a few milliseconds per SANY call.
 */
public final class SyntaxPhase implements PhaseChecker {

  @Override
  public Phase phase() {
    return Phase.SYNTAX;
  }

  @Override
  public PhaseResult check(EvalContext ctx) {
    List<Finding> findings = new ArrayList<>();
    boolean whole = ctx.parse().ok();
    for (Diagnostic d : ctx.parse().diagnostics()) {
      findings.add(d.severity() == Severity.ERROR
          ? Finding.loss("sany-" + d.kind().name().toLowerCase(java.util.Locale.ROOT), d.message(), where(d),
              sourceLine(ctx.specText(), d))
          : Finding.note("sany-" + d.kind().name().toLowerCase(java.util.Locale.ROOT), d.message(), where(d), ""));
    }
    // Split the ASCII form: Unicode operators (≜ for ==) would hide definition starts; lines are unchanged.
    ModuleOutline outline = ModuleOutline.of(UnicodeToAscii.translate(ctx.specText()).text());
    List<DefinitionCheck> defs = new ArrayList<>();
    int index = 0;
    for (ModuleOutline.Unit unit : outline.units()) {
      DefinitionCheck c = StandaloneDefinition.check(ctx.sany(), outline, unit, ctx.task().spec().module(), ++index);
      defs.add(c);
      if (!c.parses()) {
        findings.add(Finding.loss("definition-fails", "definition " + c.name() + " does not parse on its own: "
            + c.error(), ctx.task().spec().module() + ":" + c.line(), ""));
      }
    }
    long passing = defs.stream().filter(DefinitionCheck::parses).count();
    if (defs.isEmpty()) {
      findings.add(Finding.loss("no-definitions", "no top-level definitions found", "", ""));
    }
    double score = ctx.profile().syntax(whole, passing, defs.size());
    String summary = (whole ? "module parses" : "module does not parse") + "; " + passing + "/" + defs.size()
        + " definitions parse alone";
    Verdict verdict = whole && passing == defs.size() && !defs.isEmpty() ? Verdict.PASS : Verdict.FAIL;
    return new PhaseResult(Phase.SYNTAX, verdict, score, summary, findings, new PhaseDetails.Syntax(whole, defs));
  }

  /**
   * The standalone modules the per-definition check parsed last, one per definition, rebuilt from the
   * phase's figures (for benchmarks that replay the same SANY work another way).
   */
  public static java.util.List<String> standaloneModules(String specText, String module, PhaseDetails.Syntax details) {
    ModuleOutline outline = ModuleOutline.of(UnicodeToAscii.translate(specText).text());
    java.util.List<String> out = new ArrayList<>();
    for (int i = 0; i < outline.units().size() && i < details.definitions().size(); i++) {
      java.util.Set<String> vars = new java.util.LinkedHashSet<>();
      java.util.Map<String, Integer> ops = new java.util.LinkedHashMap<>();
      for (String s : details.definitions().get(i).stubbed()) {
        int slash = s.indexOf('/');
        if (slash < 0) {
          vars.add(s);
        } else {
          ops.put(s.substring(0, slash), Integer.parseInt(s.substring(slash + 1)));
        }
      }
      out.add(StandaloneDefinition.module(outline, outline.units().get(i), module + "_def" + (i + 1), vars, ops));
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
