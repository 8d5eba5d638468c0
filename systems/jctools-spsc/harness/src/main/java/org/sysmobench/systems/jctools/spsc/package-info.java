/**
 * Trace harness of the {@code jctools-spsc} task: JCTools' {@code SpscArrayQueue} driven by one seeded
 * producer and one consumer in a child JVM under the tracer agent; their operations are linearized
 * within the recorded entry..exit windows and written in the task's contract. Uses the harness kit
 * ({@code org.sysmobench.systems.kit}: child-JVM runner, trace writer, manifest); knows nothing of TLA+.
 */
package org.sysmobench.systems.jctools.spsc;
