/**
 * Turns raw Fast Leader Election traces (the vocabulary of {@code trace/instrumentation.yaml}) into
 * traces in the {@code zookeeper-fle} task's contract vocabulary ({@code contract.yaml}): events named as
 * contract actions, with their arguments and the observed per-node state after each event.
 *
 * <p>Pure: reads one raw trace, writes one contract trace; knows the contract's names and ZooKeeper's
 * election code paths, but never runs ZooKeeper, TLA+ or anything else. May depend on
 * {@code org.sysmobench.trace} only.
 */
package org.sysmobench.systems.zookeeper.fle.contract;
