package org.sysmobench.model.result;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** Phase-specific figures of a {@link PhaseResult}, serialized with a {@code type} tag. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PhaseDetails.None.class, name = "none"),
  @JsonSubTypes.Type(value = PhaseDetails.Syntax.class, name = "syntax"),
  @JsonSubTypes.Type(value = PhaseDetails.Runtime.class, name = "runtime"),
  @JsonSubTypes.Type(value = PhaseDetails.Conformance.class, name = "conformance"),
  @JsonSubTypes.Type(value = PhaseDetails.Invariants.class, name = "invariants"),
})
public sealed interface PhaseDetails {

  /** No figures (skipped phases, harness errors). */
  record None() implements PhaseDetails {}

  /**
   * @param wholeModule whether SANY accepted the whole module
   * @param definitions each top-level definition checked alone, in source order
   */
  record Syntax(boolean wholeModule, List<DefinitionCheck> definitions) implements PhaseDetails {
    public Syntax {
      definitions = List.copyOf(definitions);
    }

    public long passing() {
      return definitions.stream().filter(DefinitionCheck::parses).count();
    }
  }

  /**
   * One top-level definition checked alone.
   *
   * @param stubbed names that had to be stubbed (declared as variables or defined as TRUE) for it to stand alone
   * @param error the first remaining SANY error when it fails; empty when it parses
   */
  record DefinitionCheck(String name, int line, boolean parses, List<String> stubbed, String error) {
    public DefinitionCheck {
      stubbed = List.copyOf(stubbed);
    }
  }

  /**
   * @param actions every action TLC reported, with what happened to it (the paper profile's figures)
   * @param contractActionsMissing contract actions the spec does not define as operators
   * @param simulationSeed the seed of the simulation run (recorded so the run can be repeated)
   * @param simulation outcome summary of the simulation job
   * @param search outcome summary of the bounded breadth-first search job
   * @param reachesStates whether some initial state exists and some action fired (the paper profile's vacuity guard)
   * @param contract each contract action: whether a step of the spec's next-state action satisfies it
   *     (decided by meaning) and the error attributed to it
   * @param changesState whether some explored step changes some variable
   */
  record Runtime(List<ActionRun> actions, List<String> contractActionsMissing, long simulationSeed,
      String simulation, String search, boolean reachesStates, List<ContractActionRun> contract,
      Boolean changesState) implements PhaseDetails {
    public Runtime {
      actions = List.copyOf(actions);
      contractActionsMissing = List.copyOf(contractActionsMissing);
      contract = contract == null ? List.of() : List.copyOf(contract); // absent in sysmobench-eval v1
      changesState = changesState == null ? reachesStates : changesState;
    }
  }

  /**
   * One action as TLC saw it over both runs.
   *
   * @param covered whether it fired (generated a successor state) in some run
   * @param error the evaluation error attributed to it, empty when none
   */
  record ActionRun(String name, long distinct, long generated, boolean covered, String error) {}

  /**
   * One contract action in the spec's state space.
   *
   * @param defined whether the spec defines its operator with the contract's parameters
   * @param fires whether some explored step of the spec satisfies it (and changes some variable, unless the
   *     action changes nothing by design)
   * @param error the evaluation error attributed to it, empty when none
   */
  record ContractActionRun(String name, boolean defined, boolean fires, String error) {}

  /**
   * @param missingVocabulary contract names the spec does not declare (then no trace is checked)
   * @param traces each recorded trace's result
   */
  record Conformance(List<String> missingVocabulary, List<TraceCheck> traces) implements PhaseDetails {
    public Conformance {
      missingVocabulary = List.copyOf(missingVocabulary);
      traces = List.copyOf(traces);
    }

    public long accepted() {
      return traces.stream().filter(t -> t.outcome() == TraceOutcome.ACCEPTED).count();
    }
  }

  /**
   * How one trace fared: explained in full, not (the spec stops explaining it), the replay hit its
   * budget, the spec raised an error while replaying it, or our harness could not replay it (an
   * unreadable trace, an event outside the contract, a crashed worker: not scored, never the spec's loss).
   */
  enum TraceOutcome { ACCEPTED, REJECTED, INCOMPLETE, ERROR, NOT_SCORED }

  /**
   * @param trace the trace file name
   * @param events number of events in the trace
   * @param matched length of the longest prefix of events the spec explains
   * @param firstUnexplained the first event the spec cannot explain (seq, event, action), empty when accepted
   * @param message what TLC said when the outcome is ERROR or INCOMPLETE
   * @param actions per contract action: how its events fared in this trace
   */
  record TraceCheck(String trace, TraceOutcome outcome, int events, int matched, String firstUnexplained,
      String message, List<ActionReplay> actions) {
    public TraceCheck {
      // Optional in sysmobench-eval v1: results written before per-action figures existed lack it.
      actions = actions == null ? List.of() : List.copyOf(actions);
    }
  }

  /**
   * How the events of one action fared in a trace replay. A window is one event: the observed state
   * before it, the event, the observed state after it.
   *
   * @param events windows of this action in the trace
   * @param explained windows inside the explained prefix
   * @param unchanged windows whose event left every observed value as it was (reported apart: a spec
   *     that stutters there explains them trivially)
   * @param failed whether the first unexplained event is one of this action's
   */
  record ActionReplay(String action, int events, int explained, int unchanged, boolean failed) {}

  /**
   * @param vacuityGuard whether the runtime phase showed reachable behaviour (the paper profile credits
   *     nothing otherwise)
   * @param invariants each template's check
   * @param exercised the contract actions that fire in the state space the safety templates were checked
   *     on (the sound profile scales the credit by their share)
   * @param contractActions how many actions the contract has
   */
  record Invariants(boolean vacuityGuard, List<InvariantCheck> invariants, List<String> exercised,
      Integer contractActions) implements PhaseDetails {
    public Invariants {
      invariants = List.copyOf(invariants);
      exercised = exercised == null ? List.of() : List.copyOf(exercised); // absent in sysmobench-eval v1
      contractActions = contractActions == null ? 0 : contractActions;
    }

    /** The share of contract actions exercised (1 when the contract has none). */
    public double exercisedShare() {
      return contractActions == 0 ? 1 : (double) exercised.size() / contractActions;
    }
  }

  /**
   * How one invariant template fared: it holds, it is violated (with a counterexample; also when the
   * spec's fairness covers steps that are not steps of its next-state action, which would make it hold
   * vacuously), the check hit its budget, the spec raised an error while it was checked, or our harness
   * failed (not scored).
   */
  enum InvariantOutcome { HOLDS, VIOLATED, INCOMPLETE, ERROR, NOT_SCORED }

  /**
   * @param kind {@code safety} or {@code liveness}
   * @param counterexample the violating behaviour rendered for people; empty when none
   * @param message what TLC said (errors, budget hits)
   */
  record InvariantCheck(String name, String kind, InvariantOutcome outcome, int traceLength, String counterexample,
      String message) {}
}
