/**
 * Trace harness of the {@code jdk-reentrantlock} task: runs the JDK's own {@code ReentrantLock} in a
 * child JVM under the tracer agent (which retransforms the bootstrap classes {@code ReentrantLock} and
 * {@code LockSupport}), with seeded thread schedules, and converts the agent's raw events into the
 * task's contract vocabulary.
 *
 * <p>Depends on the {@code trace} module and the harness kit ({@code org.sysmobench.systems.kit}: agent
 * jar, child-JVM runner, contract trace writer, manifest). Knows nothing of TLA+, checking or scoring: the
 * history it writes is the only bridge to the checker. The placement of failed attempts
 * ({@link org.sysmobench.systems.jdk.reentrantlock.FailurePlacement}) is public so that the harnesses of
 * other JDK synchronizers (the {@code jdk-rwlock} task) reuse it.
 */
package org.sysmobench.systems.jdk.reentrantlock;
