package org.sysmobench.runs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sysmobench.model.result.ScoringProfile;
import org.sysmobench.model.ModelId;
import org.sysmobench.model.TaskId;

/**
 * What a run is asked to do and within which limits.
 *
 * @param budgetUsd the most the run may spend on LLM calls, as a decimal string; "" for no limit
 * @param maxLlmConcurrency cells authoring at once (each provider's own connection limit also applies)
 * @param maxTlcJobs TLC worker JVMs (evaluation jobs running at once)
 * @param maxInfraAttempts attempts per cell before an infrastructure failure is final (for this run;
 *     a resume tries again)
 */
public record RunSettings(List<TaskId> tasks, List<ModelId> models, List<String> agents, int epochs, long seed,
    String budgetUsd, int maxLlmConcurrency, int maxTlcJobs, ScoringProfile profile, int maxInfraAttempts) {

  public RunSettings {
    tasks = List.copyOf(tasks);
    models = List.copyOf(models);
    agents = List.copyOf(agents);
    if (tasks.isEmpty() || models.isEmpty() || agents.isEmpty()) {
      throw new IllegalArgumentException("a run needs at least one task, one model and one agent");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (maxLlmConcurrency < 1 || maxTlcJobs < 1 || maxInfraAttempts < 1) {
      throw new IllegalArgumentException("concurrency limits and attempts must be >= 1");
    }
    if (!budgetUsd.isEmpty() && new BigDecimal(budgetUsd).signum() < 0) {
      throw new IllegalArgumentException("budget must be >= 0, got " + budgetUsd);
    }
  }

  /** Defaults for everything but the matrix: 1 epoch, seed 1, no budget, 4 LLM calls, 2 TLC jobs, paper. */
  public static RunSettings of(List<TaskId> tasks, List<ModelId> models, List<String> agents) {
    return new RunSettings(tasks, models, agents, 1, 1, "", 4, 2, ScoringProfile.SOUND, 2);
  }

  public Optional<BigDecimal> budget() {
    return budgetUsd.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(budgetUsd));
  }

  public RunSettings withEpochs(int n) {
    return new RunSettings(tasks, models, agents, n, seed, budgetUsd, maxLlmConcurrency, maxTlcJobs, profile,
        maxInfraAttempts);
  }

  public RunSettings withSeed(long s) {
    return new RunSettings(tasks, models, agents, epochs, s, budgetUsd, maxLlmConcurrency, maxTlcJobs, profile,
        maxInfraAttempts);
  }

  public RunSettings withBudgetUsd(String usd) {
    return new RunSettings(tasks, models, agents, epochs, seed, usd, maxLlmConcurrency, maxTlcJobs, profile,
        maxInfraAttempts);
  }

  public RunSettings withConcurrency(int llm, int tlc) {
    return new RunSettings(tasks, models, agents, epochs, seed, budgetUsd, llm, tlc, profile, maxInfraAttempts);
  }

  public RunSettings withProfile(ScoringProfile p) {
    return new RunSettings(tasks, models, agents, epochs, seed, budgetUsd, maxLlmConcurrency, maxTlcJobs, p,
        maxInfraAttempts);
  }
}
