package org.sysmobench.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.Finding;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.Scores;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.RunId;
import org.sysmobench.model.TaskId;
import org.sysmobench.model.Verdict;
import org.sysmobench.store.CellKey;
import org.sysmobench.store.FailureClass;
import org.sysmobench.store.LlmCallRecord;
import org.sysmobench.store.RunManifest;
import org.sysmobench.store.RunStatus;
import org.sysmobench.store.RunStore;

/**
 * A stored run written through the store's API with known scores: model {@code good} scores 1.0, 0.75
 * and 1.0 over three epochs; model {@code weak} fails syntax in one epoch, has a grader failure in another
 * and an infrastructure failure in the third.
 */
final class ReportFixture {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
  static final TaskId TASK = TaskId.of("toy-lock");

  private ReportFixture() {}

  static RunStore store(Path dir) {
    return RunStore.open(dir, CLOCK);
  }

  static RunId write(RunStore store, String runId) {
    RunId run = RunId.of(runId);
    List<CellKey> plan = new ArrayList<>();
    for (int e = 0; e < 3; e++) {
      plan.add(key("good", e));
      plan.add(key("weak", e));
    }
    store.createRun(new RunManifest(RunManifest.SCHEMA, RunManifest.VERSION, runId, RunStatus.STARTED,
        CLOCK.instant().toString(), "", List.of("toy-lock"), List.of("good", "weak"), List.of("verbatim"), 3, 1, "",
        2, 1, "paper", List.of("run"), Map.of(), List.of()), plan);
    double[] goodInv = {1.0, 0.5, 1.0};
    for (int e = 0; e < 3; e++) {
      done(store, run, key("good", e), result(1, 1, 1, goodInv[e], false), FailureClass.NONE);
    }
    done(store, run, key("weak", 0), syntaxFailure(), FailureClass.NONE);
    done(store, run, key("weak", 1), result(1, 0.5, 0, 0, true), FailureClass.GRADER);
    store.startCell(run, key("weak", 2));
    store.failCell(run, key("weak", 2), "ProviderCallException: 503 after 4 attempts");
    store.updateManifest(store.requireRun(run).finished(RunStatus.FINISHED, CLOCK.instant().toString(), List.of()));
    return run;
  }

  /**
   * A run that skipped a task for want of a toolchain, with a pseudo-model cell (no LLM call) and a model
   * whose only call was a cache hit of a call that had cost $0.01.
   */
  static RunId writePseudoAndCached(RunStore store, String runId) {
    RunId run = RunId.of(runId);
    CellKey pseudo = new CellKey(TASK, ModelId.of("mutant:no-exclusion@toy-lock"), "none", 0);
    CellKey cached = key("good", 0);
    store.createRun(new RunManifest(RunManifest.SCHEMA, RunManifest.VERSION, runId, RunStatus.STARTED,
        CLOCK.instant().toString(), "", List.of("toy-lock", "rust-spin"), List.of("mutant:no-exclusion", "good"),
        List.of("verbatim"), 1, 1, "", 2, 1, "paper", List.of("run"), Map.of(), List.of())
        .withSkippedTasks(Map.of("rust-spin",
            "cargo: not on the PATH (install: sudo apt-get install -y cargo librust-spin-dev)")), List.of(pseudo, cached));
    store.startCell(run, pseudo);
    store.attachText(run, pseudo, "spec", "---- MODULE ToyLock ----\n====\n");
    store.completeCell(run, pseudo, FailureClass.NONE, "", result(1, 1, 1, 0.5, false));
    int attempt = store.startCell(run, cached);
    store.recordLlmCall(run, cached, new LlmCallRecord(attempt, 0, "call", store.artifacts().put("p"),
        store.artifacts().put("a"), 1000, 0, 500, 0, new BigDecimal("0.01"), true, true, "STOP", false, 1));
    store.completeCell(run, cached, FailureClass.NONE, "", result(1, 1, 1, 1, false));
    store.updateManifest(store.requireRun(run).finished(RunStatus.FINISHED, CLOCK.instant().toString(), List.of()));
    return run;
  }

  static CellKey key(String model, int epoch) {
    return new CellKey(TASK, ModelId.of(model), "verbatim", epoch);
  }

  private static void done(RunStore store, RunId run, CellKey k, EvalResult r, FailureClass failure) {
    int attempt = store.startCell(run, k);
    store.attachText(run, k, "spec", "---- MODULE ToyLock ----\nVARIABLE holder <x>\n====\n");
    store.attachText(run, k, "cfg", "SPECIFICATION Spec\n");
    store.recordLlmCall(run, k, new LlmCallRecord(attempt, 0, "call", store.artifacts().put("p"),
        store.artifacts().put("a"), 1000, 0, 500, 0, new BigDecimal("0.01"), true, false, "STOP", false, 10));
    store.completeCell(run, k, failure, failure == FailureClass.NONE ? "" : "grader failed", r);
  }

  static EvalResult result(double syntax, double runtime, double conformance, double invariants,
      boolean invariantsHarnessError) {
    List<PhaseResult> phases = new ArrayList<>();
    phases.add(PhaseResult.of(Phase.SYNTAX, verdict(syntax), Scores.both(syntax), "parses", List.of(), new PhaseDetails.None()));
    phases.add(PhaseResult.of(Phase.RUNTIME, verdict(runtime), Scores.both(runtime), "actions", runtime < 1
        ? List.of(Finding.loss("action-error", "Release divides by zero", "Release", "1 \\div 0")) : List.of(),
        new PhaseDetails.None()));
    phases.add(PhaseResult.of(Phase.CONFORMANCE, verdict(conformance), Scores.both(conformance), "traces",
        conformance < 1 ? List.of(Finding.loss("trace-rejected", "handover rejected", "handover.ndjson", "")) : List.of(),
        new PhaseDetails.Conformance(List.of(), List.of(new PhaseDetails.TraceCheck("handover.ndjson",
            conformance < 1 ? PhaseDetails.TraceOutcome.REJECTED : PhaseDetails.TraceOutcome.ACCEPTED, 6,
            conformance < 1 ? 3 : 6, conformance < 1 ? "seq 4: release(t1) -> Release" : "", "", List.of(new PhaseDetails.ActionReplay(
            "Release", 2, conformance < 1 ? 0 : 2, 0, conformance < 1)))))));
    if (invariantsHarnessError) {
      phases.add(PhaseResult.harnessError(Phase.INVARIANTS, "worker crashed", new IllegalStateException("boom")));
    } else {
      boolean mutex = invariants >= 1;
      phases.add(PhaseResult.of(Phase.INVARIANTS, verdict(invariants), Scores.both(invariants), "invariants",
          mutex ? List.of() : List.of(Finding.loss("invariant-violated", "MutualExclusion violated", "MutualExclusion",
              "1: Init\n2: Acquire(t1)\n3: Acquire(t2)")),
          new PhaseDetails.Invariants(true, List.of(
              new PhaseDetails.InvariantCheck("MutualExclusion", "safety", mutex ? PhaseDetails.InvariantOutcome.HOLDS
                  : PhaseDetails.InvariantOutcome.VIOLATED, mutex ? 0 : 3, mutex ? "" : "1: Init\n2: Acquire(t1)\n3: <x>",
                  ""),
              new PhaseDetails.InvariantCheck("EventualAcquire", "liveness", PhaseDetails.InvariantOutcome.HOLDS, 0, "",
                  "")), List.of("Acquire", "Release"), 2)));
    }
    Verdict v = phases.stream().map(PhaseResult::verdict).reduce(Verdict.PASS, Verdict::merge);
    Scores overall = v == Verdict.HARNESS_ERROR ? Scores.ZERO : ScoringProfile.overall(phases.get(0).scores(),
        phases.get(1).scores(), phases.get(2).scores(), phases.get(3).scores());
    return new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, "toy-lock", "ToyLock.tla", "cd".repeat(32), "given",
        "sound", 1, List.of(), phases, overall.sound(), overall, v != Verdict.HARNESS_ERROR, false, v, Map.of());
  }

  static EvalResult syntaxFailure() {
    List<PhaseResult> phases = List.of(
        PhaseResult.of(Phase.SYNTAX, Verdict.FAIL, new Scores(0, 0.25), "does not parse",
            List.of(Finding.loss("sany-parse", "Encountered \")\"", "ToyLock:12:5", "Acquire == /\\ holder = )")),
            new PhaseDetails.None()),
        PhaseResult.skipped(Phase.RUNTIME, "the module does not parse"),
        PhaseResult.skipped(Phase.CONFORMANCE, "the module does not parse"),
        PhaseResult.skipped(Phase.INVARIANTS, "the module does not parse"));
    return new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, "toy-lock", "ToyLock.tla", "ef".repeat(32), "given",
        "sound", 1, List.of(), phases, 0, new Scores(0, 0.0625), true, false, Verdict.FAIL, Map.of());
  }

  private static Verdict verdict(double score) {
    return score >= 1 ? Verdict.PASS : Verdict.FAIL;
  }
}
