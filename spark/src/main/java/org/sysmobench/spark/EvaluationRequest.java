package org.sysmobench.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.sysmobench.check.EvalOptions;
import org.sysmobench.check.SpecSubmission;
import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ScoringProfile;

/**
 * One evaluation as it travels to an executor: the task package (broadcast, so it crosses the network once
 * per executor), the submission and the options as plain values. Paths of the driver never travel: the
 * executor evaluates in its own work folder.
 *
 * @param tlcWorkers TLC workers of the executor's engine, when this request is the one that starts it
 */
record EvaluationRequest(Broadcast<TaskPackage> taskPackage, String specText, String specName, String cfgText,
    String cfgOrigin, List<String> phases, String profile, long seed, String traceSet, int tlcWorkers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static EvaluationRequest of(Broadcast<TaskPackage> pkg, SpecSubmission s, EvalOptions o, int tlcWorkers) {
    return new EvaluationRequest(pkg, s.specText(), s.specName(), s.cfgText(), s.cfgOrigin().name(),
        new ArrayList<>(o.phases().stream().map(Phase::id).toList()), o.profile().id(), o.seed(), o.traces().name(),
        tlcWorkers);
  }

  SpecSubmission submission() {
    return new SpecSubmission(specText, specName, cfgText, SpecSubmission.CfgOrigin.valueOf(cfgOrigin));
  }

  /** The options on the executor, with its own work folder. */
  EvalOptions options(Path workRoot) {
    EnumSet<Phase> set = EnumSet.noneOf(Phase.class);
    phases.forEach(p -> set.add(Phase.fromId(p)));
    return new EvalOptions(set, ScoringProfile.fromId(profile), seed, workRoot, false,
        EvalOptions.TraceSet.valueOf(traceSet));
  }
}
