/**
 * Trace harness of the {@code jdk-rwlock} task: the JDK's own {@code ReentrantReadWriteLock} driven by
 * seeded readers, writers and downgrading writers in a child JVM under the tracer agent, converted to
 * the task's contract. Uses the harness kit ({@code org.sysmobench.systems.kit}: child-JVM runner, trace
 * writer, manifest) and the failure placement of the {@code jdk-reentrantlock} harness; depends on nothing
 * that knows TLA+ or scoring.
 */
package org.sysmobench.systems.jdk.rwlock;
