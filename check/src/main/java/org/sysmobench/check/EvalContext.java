package org.sysmobench.check;

import java.nio.file.Path;
import java.util.Optional;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Everything a phase may read: the task, the submitted spec (text, file in the work folder, SANY's
 * verdict on it), the model configuration to check it with, the engine, the scoring profile, the
 * evaluation seed, the other phases' results (phases run concurrently) and the search they share.
 *
 * @param specText the spec exactly as submitted
 * @param specFile the spec's copy in {@code workDir}, named after the task's module
 * @param parse SANY's result on {@code specFile}
 * @param config the model configuration: the author's cfg with the task's constants, without checked properties
 * @param workDir a fresh folder owned by this evaluation
 * @param outcomes the results of this evaluation's phases as they complete
 * @param search the state-space search the runtime and invariants phases share
 */
public record EvalContext(
    Task task,
    String specText,
    Path specFile,
    ParseResult parse,
    TlcConfig config,
    Path workDir,
    Sany sany,
    TlcWorkerPool tlc,
    ScoringProfile profile,
    long seed,
    PhaseOutcomes outcomes,
    SharedSearch search) {

  /** Another phase's result, waiting for it; empty when that phase is not part of this evaluation. */
  public Optional<PhaseResult> awaitPhase(Phase phase) {
    return outcomes.await(phase);
  }
}
