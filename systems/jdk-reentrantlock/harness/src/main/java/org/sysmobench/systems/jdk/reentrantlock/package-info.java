/**
 * Trace harness of the {@code jdk-reentrantlock} task: runs the JDK's own {@code ReentrantLock} in a
 * child JVM under the tracer agent (which retransforms the bootstrap classes {@code ReentrantLock} and
 * {@code LockSupport}), with seeded thread schedules, and converts the agent's raw events into the
 * task's contract vocabulary.
 *
 * <p>Depends on the {@code trace} module only (and starts the tracer agent jar as a file). Knows nothing
 * of TLA+, checking or scoring: the history it writes is the only bridge to the checker. The child-JVM
 * runner, the contract trace writer, the manifest and the placement of failed attempts are public so
 * that the harnesses of other JDK synchronizers (the {@code jdk-rwlock} task) reuse them.
 */
package org.sysmobench.systems.jdk.reentrantlock;
