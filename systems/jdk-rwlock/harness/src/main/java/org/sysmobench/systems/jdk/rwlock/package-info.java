/**
 * Trace harness of the {@code jdk-rwlock} task: the JDK's own {@code ReentrantReadWriteLock} driven by
 * seeded readers, writers and downgrading writers in a child JVM under the tracer agent, converted to
 * the task's contract. Reuses the child-JVM runner, failure placement, trace writer and manifest of the
 * {@code jdk-reentrantlock} harness; depends on nothing that knows TLA+ or scoring.
 */
package org.sysmobench.systems.jdk.rwlock;
