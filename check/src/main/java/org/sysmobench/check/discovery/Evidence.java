package org.sysmobench.check.discovery;

import java.util.List;
import java.util.Map;

/**
 * Everything the checks of one property sheet found, for {@link DiscoveryJudge} to decide on.
 *
 * @param reference the search of the reference
 * @param mutants the searches of the hidden mutants (none in learning mode)
 * @param replays the trace replays, one per group of traces
 * @param types each safety property's type-space verdict, by id
 * @param liveReference each liveness property's check on the reference, by name
 * @param liveMutants each liveness property's checks on the hidden mutants, by name then mutant
 * @param breaks each hidden mutant's broken templates, as the task declares them (its hidden-mutant check
 *     proves the declaration right): what relates liveness properties to liveness templates without
 *     checking every template on every mutant again for every sheet
 * @param learning whether only the learning checks ran (no mutants, learning traces)
 */
record Evidence(Session session, SpecSearch.Outcome reference, List<SpecSearch.Outcome> mutants,
    List<TraceReplay.Outcome> replays, Map<String, TypeWalk.Verdict> types,
    Map<String, LivenessCheck.Outcome> liveReference, Map<String, Map<String, LivenessCheck.Outcome>> liveMutants,
    Map<String, java.util.Set<String>> breaks, boolean learning) {}
