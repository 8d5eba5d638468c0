/**
 * Authors of the invariants track: agents that read a task's sources, brief and contract and propose
 * the system's correctness properties as a property sheet (TLA+ definitions over the contract
 * vocabulary, each property marked with its kind and one-line meaning), instead of writing a spec.
 *
 * <p>{@link org.sysmobench.agents.properties.PropertyAuthors} names them: {@code basic} (one call) and
 * {@code repair(basic)} (a loop whose {@link org.sysmobench.agents.properties.PropertyCritic} the caller
 * implements with checks on learning data only). Same dependency rules as the parent package: no checker
 * here; the critic is an interface.
 */
package org.sysmobench.agents.properties;
