package org.sysmobench.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** A small deterministic run written through the public API: the content of the frozen samples. */
final class SampleRun {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  static final RunId RUN = RunId.of("20260102-030405-0001");
  static final CellKey A = new CellKey(TaskId.of("toy-lock"), ModelId.of("reference"), "verbatim", 0);
  static final CellKey B = new CellKey(TaskId.of("toy-lock"), ModelId.of("mutant:no-exclusion"), "verbatim", 0);
  static final CellKey C = new CellKey(TaskId.of("toy-lock"), ModelId.of("gpt-x"), "verbatim", 0);

  private SampleRun() {}

  static RunManifest manifest() {
    return new RunManifest(RunManifest.SCHEMA, RunManifest.VERSION, RUN.value(), RunStatus.STARTED,
        CLOCK.instant().toString(), "", List.of("toy-lock"), List.of("reference", "mutant:no-exclusion", "gpt-x"),
        List.of("verbatim"), 1, 7, "1.50", 4, 2, "paper", List.of("run", "--tasks", "toy-lock"),
        Map.of("java", "17"), List.of());
  }

  static void write(RunStore store) {
    store.createRun(manifest(), List.of(A, B, C));
    for (CellKey k : List.of(A, B)) {
      int attempt = store.startCell(RUN, k);
      String spec = "---- MODULE ToyLock ----\n\\* " + k.model() + "\n====\n";
      store.attachText(RUN, k, "spec", spec);
      store.attachText(RUN, k, "cfg", "SPECIFICATION Spec\n");
      String prompt = store.artifacts().put("{\"messages\":[\"write ToyLock\"]}");
      String answer = store.artifacts().put("```tla\n" + spec + "```\n");
      store.recordLlmCall(RUN, k, new LlmCallRecord(attempt, 0, "write", prompt, answer, 1200, 200, 800, 0,
          new BigDecimal("0.0125"), true, false, "STOP", false, 2100));
      boolean good = k == A;
      store.completeCell(RUN, k, FailureClass.NONE, "", result(good));
    }
    int attempt = store.startCell(RUN, C);
    store.recordLlmCall(RUN, C, new LlmCallRecord(attempt, 0, "write", store.artifacts().put("{}"),
        store.artifacts().put(""), 100, 0, 0, 0, BigDecimal.ZERO, false, false, "NONE", true, 90000));
    store.failCell(RUN, C, "provider error: 503 after 4 attempts");
    store.updateManifest(store.requireRun(RUN).finished(RunStatus.FINISHED, CLOCK.instant().toString(),
        List.of("1 cell failed for infrastructure reasons")));
  }

  static EvalResult result(boolean good) {
    PhaseResult syntax = PhaseResult.of(Phase.SYNTAX, Verdict.PASS, Scores.both(1), "module parses", List.of(),
        new PhaseDetails.Syntax(true, List.of(new PhaseDetails.DefinitionCheck("Init", 3, true, List.of(), ""))));
    PhaseResult runtime = PhaseResult.of(Phase.RUNTIME, Verdict.PASS, Scores.both(1), "3 of 3 actions fire", List.of(),
        new PhaseDetails.Runtime(List.of(new PhaseDetails.ActionRun("Acquire", 3, 5, true, "")), List.of(), 7,
            "completed", "completed", true, List.of(new PhaseDetails.ContractActionRun("Acquire", true, true, "")),
            true));
    PhaseResult conformance = PhaseResult.of(Phase.CONFORMANCE, Verdict.PASS, Scores.both(1), "2 of 2 traces accepted", List.of(),
        new PhaseDetails.Conformance(List.of(), List.of(
            new PhaseDetails.TraceCheck("handover.ndjson", PhaseDetails.TraceOutcome.ACCEPTED, 6, 6, "", "",
                List.of()))));
    PhaseResult invariants = good
        ? PhaseResult.of(Phase.INVARIANTS, Verdict.PASS, Scores.both(1), "2 of 2 hold", List.of(), new PhaseDetails.Invariants(true,
            List.of(new PhaseDetails.InvariantCheck("MutualExclusion", "safety", PhaseDetails.InvariantOutcome.HOLDS, 0,
                "", ""), new PhaseDetails.InvariantCheck("EventuallyAcquires", "liveness",
                PhaseDetails.InvariantOutcome.HOLDS, 0, "", "")), List.of("Acquire"), 1))
        : PhaseResult.of(Phase.INVARIANTS, Verdict.FAIL, Scores.both(0.5), "1 of 2 hold",
            List.of(Finding.loss("invariant-violated", "MutualExclusion is violated", "MutualExclusion",
                "1: Init\n2: Acquire(t1)\n3: Acquire(t2)")),
            new PhaseDetails.Invariants(true, List.of(new PhaseDetails.InvariantCheck("MutualExclusion", "safety",
                PhaseDetails.InvariantOutcome.VIOLATED, 3, "1: Init\n2: Acquire(t1)\n3: Acquire(t2)", ""),
                new PhaseDetails.InvariantCheck("EventuallyAcquires", "liveness", PhaseDetails.InvariantOutcome.HOLDS,
                    0, "", "")), List.of("Acquire"), 1));
    List<PhaseResult> phases = List.of(syntax, runtime, conformance, invariants);
    Scores overall = ScoringProfile.overall(syntax.scores(), runtime.scores(), conformance.scores(), invariants.scores());
    return new EvalResult(EvalResult.SCHEMA, EvalResult.VERSION, "toy-lock", "ToyLock.tla", "ab".repeat(32), "given",
        "sound", 7, List.of(), phases, overall.sound(), overall, true, false, good ? Verdict.PASS : Verdict.FAIL,
        Map.of("syntax", 12L));
  }
}
