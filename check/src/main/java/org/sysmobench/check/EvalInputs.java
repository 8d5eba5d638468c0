package org.sysmobench.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.sysmobench.check.conformance.PreparedTrace;
import org.sysmobench.check.model.ModelConfig;
import org.sysmobench.check.model.SpecModel;
import org.sysmobench.tasks.Task;
import org.sysmobench.tla.sany.ParseResult;

/**
 * What the phases that model check a spec read, fixed before any job runs: the task, SANY's result on
 * the spec, the model made of it, the model configuration the task owns, the evaluation's hook key and
 * seed, and the traces to replay.
 *
 * @param parse SANY's result on the spec (the spec's copy in {@code workDir} is named after the task's module)
 * @param model the spec made ready for model checking
 * @param config the model every phase checks the spec under
 * @param defined the contract actions the spec defines with the contract's parameters
 * @param hookKey the secret the evaluation's generated modules pass to the hooks
 * @param traces the traces conformance replays, read and checked against the contract
 * @param workDir the evaluation's folder, where generated modules and trace event files go
 */
public record EvalInputs(Task task, ParseResult parse, SpecModel model, ModelConfig config, Set<String> defined,
    String hookKey, long seed, List<PreparedTrace> traces, Path workDir) {
  public EvalInputs {
    defined = Set.copyOf(defined);
    traces = List.copyOf(traces);
  }
}
