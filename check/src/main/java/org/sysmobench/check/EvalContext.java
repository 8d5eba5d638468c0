package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.check.model.SpecModel;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.JobHooks;
import org.sysmobench.tla.tlc.TlcJob;
import org.sysmobench.tla.tlc.TlcOutcome;
import org.sysmobench.tla.tlc.TlcResult;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Everything a phase may read: the task, the submitted spec (text, file in the work folder, SANY's
 * verdict on it, the model made of it), the model configuration the task owns, the engine, the
 * evaluation's hook key and seed, the traces to replay, the other phases' results (phases run
 * concurrently) and the search they share.
 *
 * @param specText the spec exactly as submitted
 * @param specFile the spec's copy in {@code workDir}, named after the task's module
 * @param parse SANY's result on {@code specFile}
 * @param model the spec made ready for model checking, or why it cannot be
 * @param config the model every phase checks the spec under
 * @param defined the contract actions the spec defines with the contract's parameters
 * @param workDir a fresh folder owned by this evaluation
 * @param hookKey the secret the evaluation's generated modules pass to the hooks
 * @param traces the trace files conformance replays (the scoring traces, unless the caller asked otherwise)
 * @param outcomes the results of this evaluation's phases as they complete
 * @param search the state-space search the runtime and invariants phases share
 */
public record EvalContext(
    Task task,
    String specText,
    Path specFile,
    ParseResult parse,
    SpecModel model,
    ModelConfig config,
    Set<String> defined,
    Path workDir,
    Sany sany,
    TlcWorkerPool tlc,
    String hookKey,
    long seed,
    List<Path> traces,
    PhaseOutcomes outcomes,
    SharedSearch search) {

  /** Another phase's result, waiting for it; empty when that phase is not part of this evaluation. */
  public Optional<PhaseResult> awaitPhase(Phase phase) {
    return outcomes.await(phase);
  }

  /** Hooks for a job of this evaluation, under which the spec may read {@code files} and nothing else. */
  public JobHooks hooks(List<String> variables, List<Path> files) {
    return new JobHooks(hookKey, Optional.of(files), variables);
  }

  /**
   * Runs a job on the pool; a harness error (a crashed worker, a failing driver) is retried once, so a
   * passing fault of ours does not cost the evaluation its score.
   */
  public CompletableFuture<TlcResult> run(TlcJob job) {
    return tlc.submit(job).thenCompose(r -> r.outcome() instanceof TlcOutcome.HarnessError
        ? tlc.submit(job) : CompletableFuture.completedFuture(r));
  }
}
