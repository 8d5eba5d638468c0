/**
 * Trace harness of the {@code jctools-spsc} task: JCTools' {@code SpscArrayQueue} driven by one seeded
 * producer and one consumer in a child JVM under the tracer agent; their operations are linearized
 * within the recorded entry..exit windows and written in the task's contract. Reuses the child-JVM
 * runner, trace writer and manifest of the {@code jdk-reentrantlock} harness; knows nothing of TLA+.
 */
package org.sysmobench.systems.jctools.spsc;
