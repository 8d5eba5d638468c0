package org.sysmobench.check.discovery;

import java.util.List;
import java.util.Map;
import org.sysmobench.check.WorkFiles;
import org.sysmobench.tasks.PhaseBudget;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;

/**
 * Checks one temporal property (a proposed liveness property, or a liveness template) on one spec with
 * the spec's own fairness, as a TLC PROPERTY, one job each (TLC 2.18 does not say which of several
 * temporal properties a counterexample violates).
 */
final class LivenessCheck {
  /** What TLC said; FAILED is a harness error (ours, never the sheet's). */
  enum Verdict { HOLDS, VIOLATED, ERROR, INCOMPLETE, FAILED }

  record Outcome(Verdict verdict, String detail) {}

  private LivenessCheck() {}

  /**
   * @param template the template's name to check, or empty to check the sheet's {@code property}
   * @param constants constants over the spec's for this check (the template's own, or the task's liveness ones)
   */
  static Outcome run(Session s, CheckedSpec spec, String property, boolean template, Map<String, String> constants,
      PhaseBudget budget, int number) {
    Frame frame = spec.frame(s.contractNames(), constants);
    String name = "SysMoBench_DLive" + number;
    PropertyModule.Rendered m = PropertyModule.liveness(name, frame, s.task().contract(), s.sheet(),
        template ? Session.TEMPLATES_MODULE : "", property);
    TlcResult r = s.jobs().run(spec.folder(), m, frame.config(), List.of(), List.of(),
        List.of(PropertyModule.CHECKED), WorkFiles.budget(budget, budget.maxStates(), false), frame.variables(),
        List.of()).join();
    TlcOutcome o = r.outcome();
    if (o instanceof TlcOutcome.Ok) {
      return new Outcome(Verdict.HOLDS, "");
    }
    if (o instanceof TlcOutcome.LivenessViolated || o instanceof TlcOutcome.SafetyViolated) {
      return new Outcome(Verdict.VIOLATED, o.summary());
    }
    if (o instanceof TlcOutcome.Incomplete) {
      return new Outcome(Verdict.INCOMPLETE, o.summary());
    }
    if (o instanceof TlcOutcome.HarnessError) {
      return new Outcome(Verdict.FAILED, o.summary());
    }
    return new Outcome(Verdict.ERROR, o instanceof TlcOutcome.EvaluationError ? SpecSearch.message(o)
        : "TLC cannot check it: " + o.summary());
  }
}
