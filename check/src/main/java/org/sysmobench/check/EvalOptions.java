package org.sysmobench.check;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to evaluate: which phases, which scoring profile, the seed for every random choice (TLC
 * simulation), and where work folders go ({@code keepWork} keeps them for inspection).
 */
public record EvalOptions(Set<Phase> phases, ScoringProfile profile, long seed, Path workRoot, boolean keepWork) {
  public static final long DEFAULT_SEED = 1;

  public EvalOptions {
    phases = phases.isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(phases);
  }

  public static EvalOptions all(Path workRoot) {
    return new EvalOptions(EnumSet.allOf(Phase.class), ScoringProfile.PAPER, DEFAULT_SEED, workRoot, false);
  }

  public EvalOptions withProfile(ScoringProfile p) {
    return new EvalOptions(phases, p, seed, workRoot, keepWork);
  }

  public EvalOptions withPhases(Set<Phase> p) {
    return new EvalOptions(p, profile, seed, workRoot, keepWork);
  }
}
