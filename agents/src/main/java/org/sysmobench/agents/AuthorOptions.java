package org.sysmobench.agents;

import java.util.Objects;
import java.util.function.Function;
import org.sysmobench.agents.prompt.TraceDigest;
import org.sysmobench.tasks.Task;

/**
 * How the registry's authors are configured (one value for a whole run).
 *
 * @param repairRounds at most this many repair rounds for {@code repair(...)} authors
 * @param maxTranslationUnits the code-translation author translates at most this many functions (a
 *     seeded choice when a task has more; the transcript lists which were left out)
 * @param traceLimits how many traces, and how much of each, the trace-learning author shows
 * @param critics the critic for a task, used by repair authors (the caller implements it with the real
 *     evaluator; agents never depend on the checkers)
 */
public record AuthorOptions(int repairRounds, int maxTranslationUnits, TraceDigest.Limits traceLimits,
    Function<Task, SpecCritic> critics) {
  public static final int DEFAULT_REPAIR_ROUNDS = 3;
  public static final int DEFAULT_MAX_TRANSLATION_UNITS = 24;

  public AuthorOptions {
    if (repairRounds < 1) {
      throw new IllegalArgumentException("repair rounds must be >= 1, was " + repairRounds);
    }
    if (maxTranslationUnits < 1) {
      throw new IllegalArgumentException("max translation units must be >= 1, was " + maxTranslationUnits);
    }
    Objects.requireNonNull(traceLimits, "traceLimits");
    Objects.requireNonNull(critics, "critics");
  }

  /** Defaults; repair authors fail with a clear message until {@link #withCritics} gives a critic. */
  public static AuthorOptions defaults() {
    return new AuthorOptions(DEFAULT_REPAIR_ROUNDS, DEFAULT_MAX_TRANSLATION_UNITS, TraceDigest.Limits.DEFAULT,
        task -> {
          throw new IllegalStateException("no critic configured for repair authors (AuthorOptions.withCritics)");
        });
  }

  public AuthorOptions withRepairRounds(int rounds) {
    return new AuthorOptions(rounds, maxTranslationUnits, traceLimits, critics);
  }

  public AuthorOptions withMaxTranslationUnits(int max) {
    return new AuthorOptions(repairRounds, max, traceLimits, critics);
  }

  public AuthorOptions withTraceLimits(TraceDigest.Limits limits) {
    return new AuthorOptions(repairRounds, maxTranslationUnits, limits, critics);
  }

  public AuthorOptions withCritics(Function<Task, SpecCritic> value) {
    return new AuthorOptions(repairRounds, maxTranslationUnits, traceLimits, value);
  }
}
