package org.sysmobench.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.sany.ParseResult;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * Everything a phase may read: the task, the submitted spec (text, file in the work folder, SANY's
 * verdict on it), the model configuration to check it with, the engine, the scoring profile, the
 * evaluation seed, and the results of the phases that ran before.
 *
 * @param specText the spec exactly as submitted
 * @param specFile the spec's copy in {@code workDir}, named after the task's module
 * @param parse SANY's result on {@code specFile}
 * @param config the model configuration: the author's cfg with the task's constants, without checked properties
 * @param workDir a fresh folder owned by this evaluation
 * @param earlier results of the phases already run, by phase
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
    Map<Phase, PhaseResult> earlier) {

  public EvalContext {
    earlier = Map.copyOf(earlier);
  }

  public Optional<PhaseResult> earlier(Phase phase) {
    return Optional.ofNullable(earlier.get(phase));
  }

  public EvalContext with(PhaseResult result) {
    var m = new java.util.EnumMap<Phase, PhaseResult>(Phase.class);
    m.putAll(earlier);
    m.put(result.phase(), result);
    return new EvalContext(task, specText, specFile, parse, config, workDir, sany, tlc, profile, seed, m);
  }

}
