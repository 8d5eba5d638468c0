package org.sysmobench.check;

import org.sysmobench.model.result.Phase;
import org.sysmobench.model.result.PhaseResult;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The results of one evaluation's phases as they complete. Phases run concurrently; one that depends
 * on another (the invariants phase's vacuity guard reads the runtime phase) waits here for it.
 */
public final class PhaseOutcomes {
  private final Map<Phase, CompletableFuture<PhaseResult>> byPhase = new EnumMap<>(Phase.class);

  /** @param scheduled the phases that will publish a result; waiting for any other returns at once */
  PhaseOutcomes(Set<Phase> scheduled) {
    scheduled.forEach(p -> byPhase.put(p, new CompletableFuture<>()));
  }

  void publish(PhaseResult result) {
    CompletableFuture<PhaseResult> f = byPhase.get(result.phase());
    if (f != null) {
      f.complete(result);
    }
  }

  /** Releases whoever waits for {@code phase} when it died without a result. */
  void abandon(Phase phase, Throwable why) {
    CompletableFuture<PhaseResult> f = byPhase.get(phase);
    if (f != null) {
      f.completeExceptionally(why);
    }
  }

  /** The result of {@code phase}, waiting until it is known; empty when the phase is not run in this evaluation. */
  public Optional<PhaseResult> await(Phase phase) {
    CompletableFuture<PhaseResult> f = byPhase.get(phase);
    return f == null ? Optional.empty() : Optional.of(f.join());
  }
}
