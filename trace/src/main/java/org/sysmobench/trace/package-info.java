/**
 * The trace format: one recorded run of a real system as a versioned NDJSON file of {@link
 * org.sysmobench.trace.TraceEvent}s, with its writer and its reader; and the harness SPI
 * ({@link org.sysmobench.trace.TraceRecorder}), with what a harness needs to say whether it can record on
 * this machine ({@link org.sysmobench.trace.Prerequisite}, {@link org.sysmobench.trace.Executables}).
 *
 * <p>JDK only, on purpose: the {@code tracer} agent loads this package inside the traced system's JVM,
 * where any third-party library could clash with the system's own copy. It knows nothing of TLA+,
 * agents, instrumentation files or particular systems.
 */
package org.sysmobench.trace;
