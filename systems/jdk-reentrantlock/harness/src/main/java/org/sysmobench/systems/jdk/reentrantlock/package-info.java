/**
 * Trace harness of the {@code jdk-reentrantlock} task: runs the JDK's own {@code ReentrantLock} in a
 * child JVM under the tracer agent (which retransforms the bootstrap classes {@code ReentrantLock} and
 * {@code LockSupport}), with seeded thread schedules, and converts the agent's raw events into the
 * task's contract vocabulary. Keeps only what is the task's own (its steps, the raw events of
 * {@code lock}/{@code tryLock}/{@code unlock} and their hold counts, its modelled methods); the plan,
 * driver loop, shared conversion and recorder come from the harness kit's JDK lock package
 * ({@code org.sysmobench.systems.kit.lock}).
 *
 * <p>Knows nothing of TLA+, checking or scoring: the history it writes is the only bridge to the checker.
 */
package org.sysmobench.systems.jdk.reentrantlock;
