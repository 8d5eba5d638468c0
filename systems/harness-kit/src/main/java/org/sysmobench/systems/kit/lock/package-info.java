/**
 * What the harnesses of the JDK's own synchronizers share ({@code jdk-reentrantlock}, {@code jdk-rwlock}):
 * a seeded plan of 2 or 3 threads with per-thread steps ({@link org.sysmobench.systems.kit.lock.LockPlan}),
 * the child-JVM driver that runs a plan against one lock ({@link org.sysmobench.systems.kit.lock.JvmLockDriver}),
 * the conversion of the agent's raw lock events, parks and wake-ups into contract events
 * ({@link org.sysmobench.systems.kit.lock.LockEventConverter}) with the placement of failed attempts
 * ({@link org.sysmobench.systems.kit.lock.FailurePlacement}), and the recorder that names, describes and
 * writes each trace ({@link org.sysmobench.systems.kit.lock.JvmLockRecorder}).
 *
 * <p>Each lock task keeps what is its own: its steps, the raw events of its lock methods and the shape
 * of their contract state, its modelled methods. The shared contract vocabulary here is only what every
 * lock built on {@code AbstractQueuedSynchronizer} shows the same way: {@code Park(t)},
 * {@code Unpark(t, u)}, and {@code <Try>Fail} for a one-shot acquisition that returned false.
 */
package org.sysmobench.systems.kit.lock;
