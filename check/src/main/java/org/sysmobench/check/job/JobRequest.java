package org.sysmobench.check.job;

import java.nio.file.Path;
import java.util.List;
import org.sysmobench.tla.cfg.TlcConfig;
import org.sysmobench.tla.tlc.TlcBudget;
import org.sysmobench.tla.tlc.TlcMode;

/**
 * A TLC job a phase needs, as data: nothing is written or run until the evaluator does it. Two phases
 * that need the same job ask for the same {@code id}, and it runs once.
 *
 * @param id what identifies the job within its evaluation (e.g. {@code search}, {@code trace-3})
 * @param module the generated module's name (the files are {@code module.tla} and {@code module.cfg})
 * @param moduleText the generated module
 * @param config its TLC configuration
 * @param budget its limits
 * @param mode model checking or simulation
 * @param coverage whether TLC reports per-action coverage
 * @param variables every variable of the module (the count budget's constraint is over them)
 * @param readable the only files the spec may read in this job
 */
public record JobRequest(String id, String module, String moduleText, TlcConfig config, TlcBudget budget,
    TlcMode mode, boolean coverage, List<String> variables, List<Path> readable) {
  public JobRequest {
    variables = List.copyOf(variables);
    readable = List.copyOf(readable);
  }

  /** A model-checking job without coverage, reading nothing. */
  public static JobRequest check(String id, String module, String moduleText, TlcConfig config, TlcBudget budget,
      List<String> variables) {
    return new JobRequest(id, module, moduleText, config, budget, new TlcMode.ModelCheck(), false, variables, List.of());
  }

  public JobRequest withCoverage() {
    return new JobRequest(id, module, moduleText, config, budget, mode, true, variables, readable);
  }

  public JobRequest withMode(TlcMode m) {
    return new JobRequest(id, module, moduleText, config, budget, m, coverage, variables, readable);
  }

  /**
   * What this job is, as a digest: its module, config, budget, mode and coverage, with the evaluation's
   * hook key and work folder taken out (each evaluation has its own). A stored result stands for a
   * planned job only when the digests agree, so re-judging never credits a job that checked something
   * else.
   */
  public String plan(String hookKey, Path workDir) {
    String text = String.join("\u0000", id, module, moduleText, config.render(), String.valueOf(budget),
        String.valueOf(mode), String.valueOf(coverage), String.join(",", variables));
    if (!hookKey.isEmpty()) {
      text = text.replace(hookKey, "<key>");
    }
    return Digest.sha256(text.replace(workDir.toAbsolutePath().toString(), "<work>"));
  }

  public JobRequest reading(List<Path> files) {
    return new JobRequest(id, module, moduleText, config, budget, mode, coverage, variables, files);
  }
}
