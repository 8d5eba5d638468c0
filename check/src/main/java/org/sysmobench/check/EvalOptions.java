package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.ScoringProfile;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to evaluate: which phases, which scoring profile is the headline, the seed for every random
 * choice (TLC simulation), which traces conformance replays, and where work folders go ({@code
 * keepWork} keeps them for inspection).
 *
 * @param traces the task's scoring traces (held out: what scores), or its learning traces (what an agent
 *     or the repair critic may see)
 */
public record EvalOptions(Set<Phase> phases, ScoringProfile profile, long seed, Path workRoot, boolean keepWork,
    TraceSet traces) {
  public static final long DEFAULT_SEED = 1;

  /** Which of a task's traces conformance replays. */
  public enum TraceSet { SCORING, LEARNING }

  public EvalOptions {
    phases = phases.isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(phases);
  }

  public EvalOptions(Set<Phase> phases, ScoringProfile profile, long seed, Path workRoot, boolean keepWork) {
    this(phases, profile, seed, workRoot, keepWork, TraceSet.SCORING);
  }

  public static EvalOptions all(Path workRoot) {
    return new EvalOptions(EnumSet.allOf(Phase.class), ScoringProfile.SOUND, DEFAULT_SEED, workRoot, false);
  }

  public EvalOptions withProfile(ScoringProfile p) {
    return new EvalOptions(phases, p, seed, workRoot, keepWork, traces);
  }

  public EvalOptions withPhases(Set<Phase> p) {
    return new EvalOptions(p, profile, seed, workRoot, keepWork, traces);
  }

  /** The same options replaying the learning traces: for agents and the repair critic, never for scoring. */
  public EvalOptions onLearningTraces() {
    return new EvalOptions(phases, profile, seed, workRoot, keepWork, TraceSet.LEARNING);
  }
}
