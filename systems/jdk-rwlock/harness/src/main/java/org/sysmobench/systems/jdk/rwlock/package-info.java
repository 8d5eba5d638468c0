/**
 * Trace harness of the {@code jdk-rwlock} task: the JDK's own {@code ReentrantReadWriteLock} driven by
 * seeded readers, writers and downgrading writers in a child JVM under the tracer agent, converted to
 * the task's contract. Keeps only what is the task's own (its sections, the raw events of the read and
 * write lock methods and their read/write counts, its modelled methods); the plan, driver loop, shared
 * conversion (parks, wake-ups, placement of failed tryLocks) and recorder come from the harness kit's JDK
 * lock package ({@code org.sysmobench.systems.kit.lock}). Depends on nothing that knows TLA+ or scoring.
 */
package org.sysmobench.systems.jdk.rwlock;
