package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;
import org.sysmobench.model.result.EvalResult;
import org.sysmobench.model.result.PhaseDetails;
import org.sysmobench.model.result.ScoringProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sysmobench.model.result.PhaseDetails.InvariantOutcome;
import org.sysmobench.check.kit.TaskTestKit;
import org.sysmobench.tasks.Task;

/** An evaluation whose work folder was kept: its result, that folder and the names of the files TLC was given. */
record KeptEvaluation(EvalResult result, Path workDir, Set<String> workFiles) {

  /** Evaluates {@code spec} on {@code task} in a fresh folder of the kit's, keeping the work folder. */
  static KeptEvaluation of(TaskTestKit kit, Task task, String spec, String name) throws IOException {
    Path root = kit.newFolder("eval");
    EvalOptions keep = new EvalOptions(EvalOptions.all(root).phases(), ScoringProfile.PAPER, EvalOptions.DEFAULT_SEED,
        root, true);
    EvalResult r = kit.engine().evaluator().evaluate(task, SpecSubmission.withoutConfig(spec, name), keep);
    Path work;
    try (Stream<Path> dirs = Files.list(root)) {
      work = dirs.findFirst().orElseThrow();
    }
    try (Stream<Path> files = Files.list(work)) {
      return new KeptEvaluation(r, work, files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
    }
  }

  PhaseResult phase(Phase p) {
    return EvaluatorTest.phase(result, p);
  }

  Map<String, InvariantOutcome> invariants() {
    return ((PhaseDetails.Invariants) phase(Phase.INVARIANTS).details()).invariants().stream()
        .collect(Collectors.toMap(PhaseDetails.InvariantCheck::name, PhaseDetails.InvariantCheck::outcome));
  }

  PhaseDetails.Runtime runtime() {
    return (PhaseDetails.Runtime) phase(Phase.RUNTIME).details();
  }

  PhaseDetails.Conformance conformance() {
    return (PhaseDetails.Conformance) phase(Phase.CONFORMANCE).details();
  }
}
